package com.zepix.db.ops.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.central.jooq.DefaultSchema;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.PostgresCentral;
import com.zepix.db.core.SchemaMigrations;
import com.zepix.db.testsupport.TestDatabases;
import com.zepix.db.testsupport.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite central (schema/central) and the PostgreSQL central (schema/central-postgresql),
 * each made by its own migrations, carry the same tables and columns, type for type under the
 * mapping, the same indexes and the same seed rows: the one set of generated classes fits both.
 */
class CentralSchemaParityTest {

    /** Java type of a generated column to the type the SQLite migrations declare for it. */
    private static final Map<Class<?>, String> SQLITE_TYPES = Map.of(
            Long.class, "INTEGER", Integer.class, "INTEGER", Double.class, "REAL", Boolean.class, "BOOLEAN",
            LocalDateTime.class, "TIMESTAMP", String.class, "TEXT");

    @TempDir
    static Path dir;

    static TestPostgres.Database pg;
    static Path sqlite;

    @BeforeAll
    static void migrateBoth() {
        sqlite = TestDatabases.migrate(DatabaseFile.CENTRAL, dir);
        pg = TestPostgres.createDatabase();
        SchemaMigrations.flyway(PostgresCentral.fromUrl(pg.url(), pg.environment()).dataSource(),
                PostgresCentral.MIGRATIONS).migrate();
    }

    @AfterAll
    static void dropDatabase() {
        pg.close();
    }

    @Test
    void both_have_the_same_tables_and_columns_type_for_type_under_the_mapping() throws SQLException {
        Map<String, List<PostgresCentralSchema.Column>> fromSqlite = sqliteColumnsAsPostgres();
        Map<String, List<PostgresCentralSchema.Column>> fromPostgres;
        try (Connection c = pg.connect()) {
            fromPostgres = PostgresCentralSchema.read(c);
        }
        assertThat(fromPostgres.keySet()).containsExactlyInAnyOrderElementsOf(fromSqlite.keySet()).hasSize(6)
                .contains("aggregated_daily_totals");
        for (String table : fromSqlite.keySet()) {
            assertThat(fromPostgres.get(table)).as(table).containsExactlyElementsOf(fromSqlite.get(table));
        }
        assertThat(PostgresCentralSchema.expected()).isEqualTo(fromSqlite);
    }

    @Test
    void both_have_the_same_named_indexes() throws SQLException {
        TreeSet<String> sqliteIndexes = new TreeSet<>();
        try (Connection c = TestDatabases.open(sqlite); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                        + " AND tbl_name <> 'flyway_schema_history'")) {
            while (rs.next()) {
                sqliteIndexes.add(rs.getString(1));
            }
        }
        try (Connection c = pg.connect()) {
            assertThat(PostgresCentralSchema.readIndexes(c)).isEqualTo(sqliteIndexes)
                    .contains("idx_agg_trades_plugin", "idx_agg_trades_time", "uq_agg_trades_instance_ticket",
                            "uq_daily_totals_instance_plugin_day");
        }
    }

    @Test
    void both_have_the_same_seed_rows() throws SQLException {
        String plugins = "SELECT plugin_id || '|' || name || '|' || plugin_type || '|' || version || '|' || status"
                + " FROM plugins_registry ORDER BY plugin_id";
        String config = "SELECT key || '=' || value FROM system_config ORDER BY key";
        try (Connection s = TestDatabases.open(sqlite); Connection p = pg.connect()) {
            assertThat(strings(p, plugins)).hasSize(5).isEqualTo(strings(s, plugins));
            assertThat(strings(p, config)).hasSize(4).isEqualTo(strings(s, config));
        }
    }

    @Test
    void the_live_check_finds_no_difference_on_a_fresh_postgres_central_and_names_one_made_by_hand() throws SQLException {
        try (Connection c = pg.connect(); Statement st = c.createStatement()) {
            assertThat(PostgresCentralSchema.differences(c)).isEmpty();
            c.setAutoCommit(false);
            st.execute("ALTER TABLE aggregated_trades ALTER COLUMN lot_size TYPE real");
            st.execute("ALTER TABLE sync_status ADD COLUMN note text");
            st.execute("ALTER TABLE aggregated_trades DISABLE TRIGGER aggregated_daily_totals_keep");
            assertThat(PostgresCentralSchema.differences(c)).hasSize(3)
                    .anySatisfy(p -> assertThat(p).startsWith("table aggregated_trades has columns").contains("lot_size real"))
                    .anySatisfy(p -> assertThat(p).startsWith("table sync_status has columns").contains("note text"))
                    .anySatisfy(p -> assertThat(p).startsWith("trigger aggregated_daily_totals_keep on aggregated_trades"
                            + " is missing or disabled"));
            c.rollback();
        }
    }

    /** The SQLite central's columns, each checked against the generated class and mapped to its PostgreSQL type. */
    private static Map<String, List<PostgresCentralSchema.Column>> sqliteColumnsAsPostgres() throws SQLException {
        Map<String, List<PostgresCentralSchema.Column>> tables = new LinkedHashMap<>();
        try (Connection c = TestDatabases.open(sqlite)) {
            for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                List<PostgresCentralSchema.Column> columns = new ArrayList<>();
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("SELECT name, type, \"notnull\", pk FROM pragma_table_info('"
                                + table.getName() + "') ORDER BY cid")) {
                    int i = 0;
                    while (rs.next()) {
                        Field<?> field = table.field(i++);
                        assertThat(field.getName()).as("generated column order of " + table.getName())
                                .isEqualTo(rs.getString("name"));
                        Class<?> javaType = field.getConverter().fromType();
                        assertThat(rs.getString("type").toUpperCase(Locale.ROOT)).as(table.getName() + "." + field.getName())
                                .isEqualTo(SQLITE_TYPES.get(javaType));
                        boolean nullable = rs.getInt("notnull") == 0 && rs.getInt("pk") == 0;
                        columns.add(new PostgresCentralSchema.Column(rs.getString("name"),
                                PostgresCentralSchema.NATIVE_TYPES.get(javaType), nullable));
                    }
                    assertThat(i).as("columns of " + table.getName()).isEqualTo(table.fields().length);
                }
                tables.put(table.getName(), columns);
            }
        }
        return tables;
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
