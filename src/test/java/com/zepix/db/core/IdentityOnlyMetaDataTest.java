package com.zepix.db.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.testsupport.StoreTestBase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteConnection;

/**
 * A plugin context's {@code getMetaData()}: the database's and driver's identity (which jOOQ asks
 * for on a JVM's first query) comes back as the real driver answers it; every other method of
 * {@link DatabaseMetaData}, the one a later JDBC version adds included, is refused.
 */
class IdentityOnlyMetaDataTest extends StoreTestBase {

    private static final Map<String, Class<?>> ANSWERED = answered();

    private static Map<String, Class<?>> answered() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("getDatabaseProductName", String.class);
        m.put("getDatabaseProductVersion", String.class);
        m.put("getDatabaseMajorVersion", int.class);
        m.put("getDatabaseMinorVersion", int.class);
        m.put("getDriverName", String.class);
        m.put("getDriverVersion", String.class);
        m.put("getDriverMajorVersion", int.class);
        m.put("getDriverMinorVersion", int.class);
        m.put("getJDBCMajorVersion", int.class);
        m.put("getJDBCMinorVersion", int.class);
        return m;
    }

    @Test
    void the_identity_methods_answer_what_the_driver_answers() throws Exception {
        Map<String, Object> expected = new LinkedHashMap<>();
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            for (String name : ANSWERED.keySet()) {
                expected.put(name, DatabaseMetaData.class.getMethod(name).invoke(plain.getMetaData()));
            }
        }
        Map<String, Object> seen = db.read(DatabaseKey.V3_COMBINED, ctx -> ctx.connectionResult(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            for (String name : ANSWERED.keySet()) {
                m.put(name, invoke(c.getMetaData(), DatabaseMetaData.class.getMethod(name)));
            }
            return m;
        }));
        assertThat(seen).isEqualTo(expected);
        assertThat(seen.get("getDatabaseProductName")).isEqualTo("SQLite");
        assertThat((int) seen.get("getDatabaseMajorVersion")).isEqualTo(3);
    }

    @Test
    void every_other_method_is_refused_naming_itself() {
        List<String> notRefused = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        db.read(DatabaseKey.V6_PRICE_ACTION_15M, ctx -> ctx.connectionResult(c -> {
            DatabaseMetaData md = c.getMetaData();
            for (Method m : DatabaseMetaData.class.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) || ANSWERED.containsKey(m.getName())
                        || m.getName().equals("unwrap") || m.getName().equals("isWrapperFor")) {
                    continue;
                }
                try {
                    invoke(md, m, defaults(m));
                    notRefused.add(m.getName());
                } catch (IsolationViolationException e) {
                    assertThat(e).hasMessageContaining("DatabaseMetaData." + m.getName())
                            .hasMessageContaining("use the generated table classes");
                    refused.add(m.getName());
                }
            }
            return refused.size();
        }));
        assertThat(notRefused).isEmpty();
        assertThat(refused).contains("getTables", "getColumns", "getSchemas", "getCatalogs", "getIndexInfo",
                "getPrimaryKeys", "getImportedKeys", "getExportedKeys", "getProcedures", "getFunctions", "getURL",
                "getUserName", "getConnection", "getTableTypes", "supportsBatchUpdates").hasSizeGreaterThan(150);
    }

    @Test
    void it_cannot_be_unwrapped_and_is_refused_once_its_call_returned() {
        AtomicReference<DatabaseMetaData> kept = new AtomicReference<>();
        db.read(DatabaseKey.V3_COMBINED, ctx -> ctx.connectionResult(c -> {
            DatabaseMetaData md = c.getMetaData();
            assertThat(md.isWrapperFor(DatabaseMetaData.class)).isFalse();
            assertThatThrownBy(() -> md.unwrap(DatabaseMetaData.class)).hasMessageContaining("cannot be unwrapped");
            assertThat(md.getClass().getName()).doesNotContain("sqlite");
            kept.set(md);
            return md;
        }));
        assertThatThrownBy(() -> kept.get().getDatabaseProductName()).isInstanceOf(IsolationViolationException.class)
                .hasMessageContaining("after its read or write returned");
    }

    @Test
    void the_raw_connection_is_not_reachable_through_it() {
        assertThatThrownBy(() -> db.read(DatabaseKey.V3_COMBINED,
                ctx -> ctx.connectionResult(c -> c.getMetaData().getConnection().unwrap(SQLiteConnection.class))))
                .satisfies(e -> assertThat(rootIsolationViolation(e)).isNotNull()
                        .hasMessageContaining("DatabaseMetaData.getConnection"));
    }

    private static Throwable rootIsolationViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IsolationViolationException) {
                return t;
            }
        }
        return null;
    }

    private static Object invoke(Object target, Method m, Object... args) throws Exception {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static Object[] defaults(Method m) {
        Class<?>[] types = m.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i];
            args[i] = t == int.class ? 0 : t == boolean.class ? false : t == long.class ? 0L : null;
        }
        return args;
    }
}
