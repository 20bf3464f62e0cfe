package com.zepix.db.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.testsupport.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Migrating each folder from scratch yields exactly schema-spec.md's tables, columns and indexes,
 * plus the additions beyond it: the tables {@link SpecTables#ADDITIONS} lists (and DatabaseKey names),
 * and the columns and indexes {@link SpecAdditions} adds to the spec's tables.
 */
class MigrationsMatchSpecTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(DatabaseFile.class)
    void tables_columns_and_types_are_exactly_the_spec(DatabaseFile file) throws SQLException {
        try (Connection c = TestDatabases.open(TestDatabases.migrate(file, dir))) {
            Map<String, List<SpecTables.Column>> actual = new LinkedHashMap<>();
            for (String table : domainTables(c)) {
                actual.put(table, columns(c, table));
            }
            Map<String, List<SpecTables.Column>> expected = new LinkedHashMap<>();
            SpecTables.withAdditions(file).forEach(t -> expected.put(t.name(), SpecAdditions.columnsOf(t)));

            assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
            expected.forEach((table, columns) ->
                    assertThat(actual.get(table)).as("columns of %s, in order", table).containsExactlyElementsOf(columns));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseFile.class)
    void explicit_indexes_are_exactly_the_spec(DatabaseFile file) throws SQLException {
        try (Connection c = TestDatabases.open(TestDatabases.migrate(file, dir))) {
            Set<String> expected = new TreeSet<>();
            SpecTables.withAdditions(file).forEach(t -> expected.addAll(SpecAdditions.indexesOf(t)));
            assertThat(query(c, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                    + " AND tbl_name <> 'flyway_schema_history'"))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void the_spec_totals_hold_16_tables_199_columns_13_indexes() {
        assertThat(SpecTables.ALL).hasSize(16);
        assertThat(SpecTables.ALL.stream().mapToInt(t -> t.columns().size()).sum()).isEqualTo(199);
        assertThat(SpecTables.ALL.stream().mapToInt(t -> t.indexes().size()).sum()).isEqualTo(13);
    }

    @Test
    void the_additions_are_the_ones_the_database_keys_name_and_no_spec_table() {
        for (DatabaseFile file : DatabaseFile.values()) {
            assertThat(com.zepix.db.core.DatabaseKey.additionsIn(file))
                    .containsExactlyInAnyOrderElementsOf(SpecTables.ADDITIONS.stream()
                            .filter(t -> t.database() == file).map(SpecTables.Table::name).toList());
        }
        assertThat(SpecTables.ADDITIONS).extracting(SpecTables.Table::name)
                .doesNotContainAnyElementsOf(SpecTables.ALL.stream().map(SpecTables.Table::name).toList());
    }

    @Test
    void central_holds_the_five_plugins_and_four_config_rows() throws SQLException {
        try (Connection c = TestDatabases.open(TestDatabases.migrate(DatabaseFile.CENTRAL, dir))) {
            assertThat(query(c, "SELECT plugin_id || '|' || name || '|' || plugin_type || '|' || version || '|'"
                    + " || database_path || '|' || enabled || '|' || status FROM plugins_registry"))
                    .containsExactlyInAnyOrder(
                            "combined_v3|V3 Combined Logic|V3_COMBINED|1.0.0|data/zepix_combined_v3.db|1|ACTIVE",
                            "price_action_1m|V6 1M Scalping|V6_PRICE_ACTION|1.0.0|data/zepix_price_action.db|1|ACTIVE",
                            "price_action_5m|V6 5M Momentum|V6_PRICE_ACTION|1.0.0|data/zepix_price_action.db|1|ACTIVE",
                            "price_action_15m|V6 15M Intraday|V6_PRICE_ACTION|1.0.0|data/zepix_price_action.db|1|ACTIVE",
                            "price_action_1h|V6 1H Swing|V6_PRICE_ACTION|1.0.0|data/zepix_price_action.db|1|ACTIVE");
            assertThat(query(c, "SELECT key || '=' || value FROM system_config"))
                    .containsExactlyInAnyOrder("bot_version=3.0.0", "architecture=dual_core_v3_v6",
                            "v3_enabled=true", "v6_enabled=true");
            assertThat(query(c, "SELECT count(*) FROM plugins_registry WHERE installed_date"
                    + " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]'"))
                    .containsExactly("5");
        }
    }

    @Test
    void each_file_holds_only_its_own_tables() throws SQLException {
        Map<DatabaseFile, Set<String>> tablesByFile = new LinkedHashMap<>();
        for (DatabaseFile file : DatabaseFile.values()) {
            try (Connection c = TestDatabases.open(TestDatabases.migrate(file, dir))) {
                tablesByFile.put(file, new TreeSet<>(domainTables(c)));
            }
        }
        for (DatabaseFile file : DatabaseFile.values()) {
            for (DatabaseFile other : DatabaseFile.values()) {
                if (other != file) {
                    SpecTables.of(other).forEach(t -> assertThat(tablesByFile.get(file))
                            .as("%s must not hold %s's table", file, other).doesNotContain(t.name()));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseFile.class)
    void the_bookkeeping_tables_are_flyway_history_and_sqlite_sequence(DatabaseFile file) throws SQLException {
        try (Connection c = TestDatabases.open(TestDatabases.migrate(file, dir))) {
            assertThat(query(c, "SELECT name FROM sqlite_master WHERE type = 'table'"))
                    .contains("flyway_schema_history", "sqlite_sequence");
            assertThat(query(c, "PRAGMA foreign_keys")).containsExactly("1");
        }
    }

    static List<String> domainTables(Connection c) throws SQLException {
        return query(c, "SELECT name FROM sqlite_master WHERE type = 'table'"
                + " AND name NOT IN ('flyway_schema_history', 'sqlite_sequence') ORDER BY name");
    }

    private static List<SpecTables.Column> columns(Connection c, String table) throws SQLException {
        List<SpecTables.Column> columns = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                columns.add(new SpecTables.Column(rs.getString("name"), rs.getString("type")));
            }
        }
        return columns;
    }

    static List<String> query(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
