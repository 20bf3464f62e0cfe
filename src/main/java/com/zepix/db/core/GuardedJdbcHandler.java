package com.zepix.db.core;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands between a plugin context and one real JDBC object (the connection, or a statement,
 * result set or metadata it led to). SQL text is checked before it reaches the real object;
 * whatever JDBC object comes back is wrapped in turn, so that {@code rs.getStatement()
 * .getConnection()}, {@code ps.getParameterMetaData()} (which sqlite-jdbc answers with the
 * statement itself) or a cast of result-set metadata never reach the real connection.
 *
 * <p>A prepared statement comes from the connection's cache under a {@link StatementLease}: its
 * {@code close} gives it back instead of closing it, and once the lease has ended everything
 * handed out under it is refused, so a statement kept past its {@code close} (or past its call)
 * cannot read or write through a statement that now belongs to someone else.
 */
final class GuardedJdbcHandler implements InvocationHandler {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedJdbcHandler.class);

    /** Connection methods a context may call: making statements, and reading harmless state. */
    private static final Set<String> CONNECTION_METHODS = Set.of("createStatement", "prepareStatement", "nativeSQL",
            "getAutoCommit", "getTransactionIsolation", "isReadOnly", "isClosed", "getWarnings", "clearWarnings",
            "getHoldability", "isValid", "getCatalog", "getSchema", "getTypeMap", "getClientInfo", "getNetworkTimeout");

    /** Statement methods whose first argument is SQL text to run. */
    private static final Set<String> SQL_TAKING_METHODS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "addBatch");

    /** Statement methods that change nothing a later user of a cached statement would inherit. */
    private static final Set<String> STATELESS_STATEMENT_METHODS = Set.of("getResultSet", "getUpdateCount",
            "getLargeUpdateCount", "getMoreResults", "getWarnings", "clearWarnings", "getGeneratedKeys", "getMaxRows",
            "getLargeMaxRows", "getQueryTimeout", "getFetchSize", "getFetchDirection", "getResultSetType",
            "getResultSetConcurrency", "getResultSetHoldability", "isPoolable", "isCloseOnCompletion");

    private final GuardedConnection session;
    private final Object target;
    private final Class<?> face;
    /** The lease of the cached statement this object belongs to, or null when it belongs to none. */
    private final StatementLease lease;

    GuardedJdbcHandler(GuardedConnection session, Object target, Class<?> face) {
        this(session, target, face, null);
    }

    private GuardedJdbcHandler(GuardedConnection session, Object target, Class<?> face, StatementLease lease) {
        this.session = session;
        this.target = target;
        this.face = face;
        this.lease = lease;
    }

    /** A refusal is a plugin bug that the plugin may swallow: the log keeps a trace of it. */
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        try {
            return guardedInvoke(proxy, method, args);
        } catch (IsolationViolationException e) {
            LOG.warn("statement refused: {}", e.getMessage());
            throw e;
        }
    }

    private Object guardedInvoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (method.getDeclaringClass() == Object.class) {
            return switch (name) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "guarded " + face.getSimpleName() + " of the " + session.key() + " context";
            };
        }
        if (name.equals("isWrapperFor")) {
            return false;
        }
        if (name.equals("unwrap")) {
            throw new SQLException("the " + session.key() + " context's JDBC objects cannot be unwrapped");
        }
        if (lease != null && (name.equals("close") || name.equals("isClosed"))) {
            return closeLeased(name.equals("close"), method, args);
        }
        if (face != Connection.class && (name.equals("close") || name.equals("isClosed"))) {
            // closing what was opened is always allowed, even after the call returned
            return call(method, args);
        }
        session.requireLive();
        if (lease != null) {
            requireLeaseLive();
        }
        if (face == Connection.class) {
            requireAllowedOnConnection(name);
            if (name.equals("prepareStatement")) {
                session.check((String) args[0]);
                if (args.length == 1) {
                    return leased(session.lease((String) args[0]));
                }
            }
        } else if (isLeasedStatement() && !keepsStatementReusable(method)) {
            lease.spoil();
        }
        if (SQL_TAKING_METHODS.contains(name) && args != null && args.length > 0 && args[0] instanceof String sql) {
            session.check(sql);
        } else if (name.equals("getConnection")) {
            return session.connection();
        }
        return wrap(method.getReturnType(), call(method, args));
    }

    /** A statement prepared once on the real connection and lent to this context until it closes it. */
    private Object leased(StatementLease lease) {
        return Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
                new GuardedJdbcHandler(session, lease.statement(), PreparedStatement.class, lease));
    }

    private boolean isLeasedStatement() {
        return lease != null && target == lease.statement();
    }

    /**
     * Closing the statement ends its lease; closing a result set of it closes the result set.
     * After the lease ended both are already closed, and closing again touches nothing.
     */
    private Object closeLeased(boolean close, Method method, Object[] args) throws Throwable {
        if (lease.isReleased()) {
            return close ? null : Boolean.TRUE;
        }
        if (!isLeasedStatement()) {
            return call(method, args);
        }
        if (close) {
            lease.release();
            session.released(lease);
            return null;
        }
        return Boolean.FALSE;
    }

    private void requireLeaseLive() throws SQLException {
        if (lease.isReleased()) {
            throw new SQLException("this statement was closed (it goes back to the " + session.key()
                    + " context's statement cache when closed): prepare it again");
        }
    }

    /**
     * Binding parameters, executing, and reading results leave nothing behind; anything else
     * (a row limit, a timeout, a batch) would reach the statement's next user, so it is not reused.
     */
    private static boolean keepsStatementReusable(Method method) {
        String name = method.getName();
        if (method.getDeclaringClass() == PreparedStatement.class) {
            return name.startsWith("set") || name.equals("execute") || name.equals("executeQuery")
                    || name.equals("executeUpdate") || name.equals("executeLargeUpdate")
                    || name.equals("clearParameters") || name.equals("getMetaData")
                    || name.equals("getParameterMetaData");
        }
        return (method.getDeclaringClass() == Statement.class && STATELESS_STATEMENT_METHODS.contains(name))
                || name.equals("getConnection");
    }

    private void requireAllowedOnConnection(String name) {
        if (name.equals("getMetaData")) {
            throw new IsolationViolationException("database metadata (DSLContext.meta(), Connection.getMetaData()) is"
                    + " refused on the " + session.key() + " context: it lists every table of the file;"
                    + " use the generated table classes");
        }
        if (!CONNECTION_METHODS.contains(name)) {
            throw new IsolationViolationException("Connection." + name + " is refused on the " + session.key()
                    + " context: each read or write is one transaction that DatabaseService begins and ends,"
                    + " on a connection the context does not own");
        }
    }

    private Object call(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, unwrapArguments(args));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Our own proxies passed back in (a savepoint, a statement) go to the real object as the real object. */
    private static Object[] unwrapArguments(Object[] args) {
        if (args == null) {
            return null;
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i] != null && Proxy.isProxyClass(args[i].getClass())
                    && Proxy.getInvocationHandler(args[i]) instanceof GuardedJdbcHandler h) {
                args[i] = h.target;
            }
        }
        return args;
    }

    private Object wrap(Class<?> type, Object result) {
        if (result == null || !type.isInterface() || !type.getPackageName().equals("java.sql")) {
            return result;
        }
        if (type == Connection.class) {
            return session.connection();
        }
        if (type == DatabaseMetaData.class) {
            throw new IsolationViolationException("database metadata is refused on the " + session.key() + " context");
        }
        if (lease != null && result instanceof ResultSet rs) {
            lease.track(rs);
        }
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new GuardedJdbcHandler(session, result, type, lease));
    }
}
