package com.zepix.db.ops.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.ops.schema.SchemaModel.Column;
import com.zepix.db.ops.schema.SchemaModel.Index;
import com.zepix.db.ops.schema.SchemaModel.Table;
import com.zepix.db.testsupport.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model SQLite's pragmas and the CREATE text give, on awkward SQL and on the real migrations. */
class SchemaReaderTest {

    @TempDir
    Path dir;

    private static SchemaModel read(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
            return SchemaReader.read(c);
        }
    }

    @Test
    void checks_are_read_per_column_and_per_table_whatever_the_quoting_comments_and_strings() throws SQLException {
        SchemaModel model = read("""
                CREATE TABLE "odd table" (
                    "id"  INTEGER PRIMARY KEY AUTOINCREMENT, -- a comment, with (parentheses)
                    [note] TEXT DEFAULT 'a, (b)' CHECK (note <> 'CHECK (x)') /* CHECK (y) */,
                    `qty` integer NOT NULL CHECK (qty > 0) CONSTRAINT qty_cap CHECK (qty <= 100),
                    lo REAL, hi REAL,
                    CONSTRAINT range CHECK (lo <= hi),
                    UNIQUE (lo, hi)
                )""");

        Table table = model.table("odd table").orElseThrow();
        assertThat(table.columns()).containsExactly(
                new Column("id", "INTEGER", false, null, List.of(), true, true, false, null),
                new Column("note", "TEXT", false, "'a, (b)'", List.of("note <> 'CHECK (x)'"), false, false, false, null),
                new Column("qty", "INTEGER", true, null, List.of("qty > 0", "qty <= 100"), false, false, false, null),
                new Column("lo", "REAL", false, null, List.of(), false, false, false, null),
                new Column("hi", "REAL", false, null, List.of(), false, false, false, null));
        assertThat(table.tableConstraints()).containsExactly("UNIQUE (lo, hi)", "CHECK (lo <= hi)");
    }

    @Test
    void keys_indexes_and_bookkeeping_tables() throws SQLException {
        SchemaModel model = read(
                "CREATE TABLE parent (a TEXT, b TEXT, PRIMARY KEY (a, b))",
                "CREATE TABLE child (id INTEGER PRIMARY KEY, code TEXT UNIQUE, a TEXT, b TEXT,"
                        + " FOREIGN KEY (a, b) REFERENCES parent (a, b) ON DELETE CASCADE)",
                "CREATE UNIQUE INDEX idx_child_ab ON child (a, b COLLATE NOCASE) WHERE a IS NOT NULL",
                "CREATE TABLE flyway_schema_history (installed_rank INT)");

        assertThat(model.tables().keySet()).containsExactly("child", "parent");
        Table child = model.table("child").orElseThrow();
        assertThat(child.column("code").orElseThrow().unique()).isTrue();
        assertThat(child.indexes()).containsExactly(
                new Index("idx_child_ab", "child", true, List.of("a", "b COLLATE NOCASE"), "a IS NOT NULL",
                        "CREATE UNIQUE INDEX idx_child_ab ON child (a, b COLLATE NOCASE) WHERE a IS NOT NULL"));
        assertThat(child.tableConstraints())
                .containsExactly("FOREIGN KEY (a, b) REFERENCES parent (a, b) ON DELETE CASCADE");
        assertThat(model.table("parent").orElseThrow().tableConstraints()).containsExactly("PRIMARY KEY (a, b)");
    }

    @Test
    void a_trigger_that_makes_a_view_writable_is_part_of_the_view_and_of_its_diff() throws SQLException {
        String table = "CREATE TABLE trades (id INTEGER PRIMARY KEY, status TEXT)";
        String view = "CREATE VIEW open_trades AS SELECT * FROM trades WHERE status = 'OPEN'";
        String trigger = "CREATE TRIGGER close_all INSTEAD OF DELETE ON open_trades BEGIN UPDATE trades SET status = 'CLOSED'; END";
        SchemaModel plain = read(table, view);
        SchemaModel writable = read(table, view, trigger);

        SchemaModel.View read = writable.views().get("open_trades");
        assertThat(read.triggers()).singleElement()
                .satisfies(t -> assertThat(t.name()).isEqualTo("close_all"))
                .satisfies(t -> assertThat(t.event()).isEqualTo("INSTEAD OF DELETE"));
        assertThat(writable.tables().get("trades").triggers()).as("a view's trigger is not its table's").isEmpty();
        assertThat(SchemaSnapshot.of(writable)).contains(trigger);

        DatabaseDiff diff = DatabaseDiff.between(DatabaseFile.V3, plain, writable, List.of());
        assertThat(diff.tablesChanged()).isEmpty();
        assertThat(diff.viewsChanged()).singleElement().satisfies(v -> {
            assertThat(v.change()).isEqualTo("changed");
            assertThat(v.to()).contains("close_all");
        });
        assertThat(SchemaFindings.of(diff)).singleElement().asString()
                .startsWith("view open_trades is defined differently: ").contains("INSTEAD OF DELETE ON open_trades");
        assertThat(DatabaseDiff.between(DatabaseFile.V3, writable, read(table, view, trigger), List.of()).isEmpty()).isTrue();
    }

    @Test
    void the_real_central_schema_reads_as_the_spec_says() throws SQLException {
        try (Connection c = TestDatabases.open(TestDatabases.migrate(DatabaseFile.CENTRAL, dir))) {
            SchemaModel model = SchemaReader.read(c);

            assertThat(model.tables().keySet()).containsExactly("aggregated_daily_totals", // central V4's addition
                    "aggregated_trades", "plugins_registry", "sync_status", "system_config", "system_events");
            Table trades = model.table("aggregated_trades").orElseThrow();
            assertThat(trades.column("plugin_id").orElseThrow().constraints())
                    .isEqualTo("NOT NULL REFERENCES plugins_registry (plugin_id)");
            assertThat(trades.column("status").orElseThrow().checks())
                    .containsExactly("status IN ('OPEN','PARTIAL','CLOSED')");
            assertThat(trades.tableConstraints()).containsExactly("UNIQUE (plugin_id, mt5_ticket)");
            // The spec's two, and central V5's instance-id indexes.
            assertThat(trades.indexes()).extracting(Index::definition).containsExactlyInAnyOrder("(plugin_id)",
                    "(entry_time)", "(instance_id)", "UNIQUE (instance_id, plugin_id, mt5_ticket)");
            assertThat(model.table("sync_status").orElseThrow().column("plugin_id").orElseThrow().constraints())
                    .isEqualTo("PRIMARY KEY NOT NULL REFERENCES plugins_registry (plugin_id)");
        }
    }

    @Test
    void same_sql_ignores_layout_case_comments_and_quoting_but_not_strings() {
        assertThat(SqlTokens.sameSql("x IN ('a','b')", "\"X\"  in ( 'a' , 'b' ) -- note")).isTrue();
        assertThat(SqlTokens.sameSql("x IN ('a','b')", "x IN ('A','b')")).isFalse();
        assertThat(SqlTokens.sameSql("x >= 0", "x > 0")).isFalse();
        assertThat(SqlTokens.oneLine("CHECK (\n  x IN (-1,0,1)\n)")).isEqualTo("CHECK (x IN (-1,0,1))");
    }
}
