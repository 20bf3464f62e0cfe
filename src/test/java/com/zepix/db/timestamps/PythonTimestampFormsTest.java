package com.zepix.db.timestamps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.UtcTimestamps;
import com.zepix.db.testsupport.PythonForms;
import com.zepix.db.testsupport.PythonForms.Accepted;
import com.zepix.db.testsupport.PythonForms.Column;
import com.zepix.db.testsupport.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every TIMESTAMP column, written through plain JDBC with the exact strings the Python bot writes:
 * each accepted form is stored canonically (after an INSERT and after an UPDATE), reads back in Java
 * as the same instant, and every refused form fails the CHECK with nothing written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PythonTimestampFormsTest {

    @TempDir
    static Path dir;

    private final Map<DatabaseFile, Connection> connections = new EnumMap<>(DatabaseFile.class);
    private int rowNumber;

    @BeforeAll
    void migrate() throws SQLException {
        for (DatabaseFile db : DatabaseFile.values()) {
            connections.put(db, TestDatabases.open(TestDatabases.migrate(db, dir.resolve(db.name()))));
        }
        insert(connections.get(DatabaseFile.V3), "combined_v3_trades", PythonForms.minimalRow("combined_v3_trades", 0),
                null, null); // trade 1, the parent of every profit booking
    }

    @AfterAll
    void close() throws SQLException {
        for (Connection c : connections.values()) {
            c.close();
        }
    }

    @Test
    void the_forms_cover_every_timestamp_column_of_the_three_databases() throws SQLException {
        List<Column> found = new ArrayList<>();
        for (DatabaseFile db : DatabaseFile.values()) {
            Connection c = connections.get(db);
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p"
                            + " WHERE m.type = 'table' AND upper(p.type) = 'TIMESTAMP' ORDER BY m.name, p.cid")) {
                while (rs.next()) {
                    found.add(new Column(db, rs.getString(1), rs.getString(2)));
                }
            }
        }
        // The one column the bot never writes: import-legacy's link table, added after the timestamp
        // migration, keeps V1's strict CHECK (see the README's Timestamps section).
        Column javaOnly = new Column(DatabaseFile.V3, "legacy_trade_imports", "imported_at");
        assertThat(found).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(PythonForms.COLUMNS.stream(), java.util.stream.Stream.of(javaOnly)).toList());
    }

    @TestFactory
    Stream<DynamicTest> each_accepted_form_is_stored_canonically_on_insert() {
        return cases((column, form) -> {
            Connection c = connections.get(column.db());
            inRolledBackTransaction(c, () -> {
                long rowid = insert(c, column.table(), PythonForms.minimalRow(column.table(), ++rowNumber),
                        column.column(), form.written());
                assertThat(stored(c, column, rowid)).isEqualTo(form.stored());
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> each_accepted_form_is_stored_canonically_on_update() {
        return cases((column, form) -> {
            Connection c = connections.get(column.db());
            inRolledBackTransaction(c, () -> {
                long rowid = insert(c, column.table(), PythonForms.minimalRow(column.table(), ++rowNumber), null, null);
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE " + column.table() + " SET " + column.column() + " = ? WHERE rowid = ?")) {
                    ps.setString(1, form.written());
                    ps.setLong(2, rowid);
                    assertThat(ps.executeUpdate()).isEqualTo(1);
                }
                assertThat(stored(c, column, rowid)).isEqualTo(form.stored());
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> java_reads_every_written_and_stored_form_as_the_same_instant() {
        return PythonForms.ACCEPTED.stream().map(form -> DynamicTest.dynamicTest(form.toString(), () -> {
            assertThat(UtcTimestamps.parse(form.written())).isEqualTo(UtcTimestamps.parse(form.stored()));
            assertThat(UtcTimestamps.format(UtcTimestamps.parse(form.stored()))).isEqualTo(canonicalOfJava(form.stored()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> each_refused_form_fails_the_check_and_writes_nothing() {
        return PythonForms.COLUMNS.stream().flatMap(column -> PythonForms.REFUSED.stream().map(value ->
                DynamicTest.dynamicTest(column + " refuses " + (value instanceof String ? "'" + value + "'" : value), () -> {
                    Connection c = connections.get(column.db());
                    long before = count(c, column.table());
                    assertThatThrownBy(() -> insert(c, column.table(),
                            PythonForms.minimalRow(column.table(), ++rowNumber), column.column(), value))
                            .isInstanceOf(SQLException.class)
                            .hasMessageContaining("CHECK constraint failed: " + column.column());
                    assertThat(count(c, column.table())).isEqualTo(before);
                })));
    }

    @Test
    void the_rewrite_ends_even_with_recursive_triggers_on() throws Exception {
        Connection c = connections.get(DatabaseFile.V6);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA recursive_triggers = ON");
            try {
                inRolledBackTransaction(c, () -> {
                    long rowid = insert(c, "price_action_5m_trades", PythonForms.minimalRow("price_action_5m_trades", 1),
                            "entry_time", "2026-11-29T08:30:10.538703+00:00");
                    st.executeUpdate("UPDATE price_action_5m_trades SET exit_time = '2026-11-29T09:00:00Z'");
                    assertThat(stored(c, new Column(DatabaseFile.V6, "price_action_5m_trades", "entry_time"), rowid))
                            .isEqualTo("2026-11-29 08:30:10.538703");
                    assertThat(stored(c, new Column(DatabaseFile.V6, "price_action_5m_trades", "exit_time"), rowid))
                            .isEqualTo("2026-11-29 09:00:00");
                });
            } finally {
                st.execute("PRAGMA recursive_triggers = OFF");
            }
        }
    }

    /** The form Java itself writes for a value: whole seconds bare, whole milliseconds 3 digits, else 6. */
    private static String canonicalOfJava(String stored) {
        if (stored.length() == 19) {
            return stored;
        }
        String digits = (stored.substring(20) + "000000").substring(0, 6);
        return stored.substring(0, 19) + "." + (digits.endsWith("000") ? digits.substring(0, 3) : digits);
    }

    private interface Case {
        void run(Column column, Accepted form) throws Exception;
    }

    private static Stream<DynamicTest> cases(Case body) {
        return PythonForms.COLUMNS.stream().flatMap(column -> PythonForms.ACCEPTED.stream().map(form ->
                DynamicTest.dynamicTest(column + " " + form, () -> body.run(column, form))));
    }

    private interface Body {
        void run() throws Exception;
    }

    private static void inRolledBackTransaction(Connection c, Body body) throws Exception {
        c.setAutoCommit(false);
        try {
            body.run();
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    /** Inserts {@code row}, with {@code column} set to {@code value} when given; returns the rowid. */
    static long insert(Connection c, String table, Map<String, Object> row, String column, Object value)
            throws SQLException {
        if (column != null) {
            row.put(column, value);
        }
        List<String> columns = new ArrayList<>(row.keySet());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < columns.size(); i++) {
                ps.setObject(i + 1, row.get(columns.get(i)));
            }
            ps.executeUpdate();
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String stored(Connection c, Column column, long rowid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT typeof(" + column.column() + "), " + column.column() + " FROM " + column.table() + " WHERE rowid = ?")) {
            ps.setLong(1, rowid);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("row %d of %s", rowid, column.table()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("text");
                return rs.getString(2);
            }
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
