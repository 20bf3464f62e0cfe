package com.zepix.db.core;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code getMetaData()} on a plugin context's connection returns: the real
 * {@link DatabaseMetaData}, answering only which database and driver this is (jOOQ asks the
 * database version once per JVM to check its dialect supports it). Everything else is refused,
 * deny by default: the listing methods ({@code getTables}, {@code getColumns}, {@code getSchemas},
 * ...) would show every table of the file, {@code getURL} and {@code getUserName} where the file
 * is, and {@code getConnection} would lead back to the real connection.
 */
final class IdentityOnlyMetaData implements InvocationHandler {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityOnlyMetaData.class);

    /** Facts about the database engine and driver, the same for every file: nothing about what one holds. */
    private static final Set<String> IDENTITY_METHODS = Set.of("getDatabaseProductName", "getDatabaseProductVersion",
            "getDatabaseMajorVersion", "getDatabaseMinorVersion", "getDriverName", "getDriverVersion",
            "getDriverMajorVersion", "getDriverMinorVersion", "getJDBCMajorVersion", "getJDBCMinorVersion");

    private final GuardedConnection session;
    private final DatabaseMetaData real;

    private IdentityOnlyMetaData(GuardedConnection session, DatabaseMetaData real) {
        this.session = session;
        this.real = real;
    }

    static DatabaseMetaData over(GuardedConnection session, DatabaseMetaData real) {
        return (DatabaseMetaData) Proxy.newProxyInstance(DatabaseMetaData.class.getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, new IdentityOnlyMetaData(session, real));
    }

    /** The refusal of database metadata as a whole (jOOQ's {@code DSLContext.meta()} included). */
    static IsolationViolationException refusal(DatabaseKey key, String route) {
        return new IsolationViolationException("database metadata (" + route + ") is refused on the " + key
                + " context: it lists every table of the file; use the generated table classes"
                + " (only the database and driver name and version are answered)");
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (method.getDeclaringClass() == Object.class) {
            return switch (name) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "identity-only DatabaseMetaData of the " + session.key() + " context";
            };
        }
        if (name.equals("isWrapperFor")) {
            return false;
        }
        if (name.equals("unwrap")) {
            throw new SQLException("the " + session.key() + " context's JDBC objects cannot be unwrapped");
        }
        try {
            session.requireLive();
            if (!IDENTITY_METHODS.contains(name)) {
                throw refusal(session.key(), "DatabaseMetaData." + name);
            }
        } catch (IsolationViolationException e) {
            LOG.warn("statement refused: {}", e.getMessage());
            throw e;
        }
        try {
            return method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
