package com.zepix.db.timestamps;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.SchemaMigrations;
import com.zepix.db.core.SqliteConnections;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.ops.init.DatabaseInitResult;
import com.zepix.db.ops.init.InitOperation;
import com.zepix.db.ops.init.InitReport;
import com.zepix.db.ops.verify.VerifyOperation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * A data folder made by the schema before the timestamp migrations, with rows in every table (some
 * deleted, so each AUTOINCREMENT counter is ahead of the highest id), upgraded by init: every row,
 * id, foreign key, index and counter is still there, and verify finds nothing.
 */
class TimestampMigrationUpgradeTest {

    /** The last version of each database before the timestamp migration. */
    private static final Map<DatabaseFile, String> BEFORE = Map.of(
            DatabaseFile.V3, "1", DatabaseFile.V6, "1", DatabaseFile.CENTRAL, "2");

    @TempDir
    Path dir;

    @Test
    void init_upgrades_a_filled_database_keeping_every_row_id_key_index_and_counter() throws SQLException {
        Map<DatabaseFile, Map<String, List<String>>> before = new LinkedHashMap<>();
        for (DatabaseFile db : DatabaseFile.values()) {
            Path file = db.in(dir);
            migrateTo(db, file, BEFORE.get(db));
            fill(db, file);
            before.put(db, contents(file, null));
        }

        InitReport report = new InitOperation(dir).run();

        assertThat(report.databases()).extracting(DatabaseInitResult::outcome)
                .containsOnly(DatabaseInitResult.Outcome.UPGRADED);
        for (DatabaseFile db : DatabaseFile.values()) {
            // Tables that later migrations add (import-legacy's link table) are not the timestamp
            // migration's business: the comparison covers the tables that were there before.
            Map<String, List<String>> after = contents(db.in(dir), before.get(db).keySet());
            if (db == DatabaseFile.CENTRAL) {
                after = withoutInstanceIds(after);
            }
            assertThat(after).as("%s after init", db).isEqualTo(before.get(db));
            try (Connection c = open(db.in(dir)); Statement st = c.createStatement()) {
                assertThat(strings(st, "PRAGMA foreign_key_check")).isEmpty();
                assertThat(strings(st, "PRAGMA integrity_check")).containsExactly("ok");
                assertThat(strings(st, "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%_v1'"))
                        .as("no table left aside").isEmpty();
            }
        }
        assertThat(new VerifyOperation(dir).run().findings()).isEmpty();

        // The counters carried over: the next trade does not reuse the id of the deleted one.
        try (Connection c = open(DatabaseFile.V3.in(dir)); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO combined_v3_trades (symbol, direction, entry_price, signal_type, logic_route,"
                    + " entry_time) VALUES ('EURUSD', 'BUY', 1.1, 'x', 'LOGIC1', '2026-11-29T08:30:10.538703')");
            assertThat(strings(st, "SELECT max(id) || ' ' || entry_time FROM combined_v3_trades"))
                    .containsExactly("4 2026-11-29 08:30:10.538703");
        }
    }

    /**
     * Central V5 (the instance id) runs in the same init: its column, its indexes and its renamed
     * cursors are taken back out, so what is compared is the timestamp migration's doing alone.
     */
    private static Map<String, List<String>> withoutInstanceIds(Map<String, List<String>> contents) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        contents.forEach((part, lines) -> out.put(part, lines.stream()
                .filter(l -> !l.startsWith("idx_agg_trades_instance ") && !l.startsWith("uq_agg_trades_instance_ticket ")
                        && !l.startsWith("uq_sync_status_instance_plugin "))
                .map(l -> l.replace("instance_id=String:local ", "").replace("key=String:sync.cursor.local.",
                        "key=String:sync.cursor."))
                .toList()));
        return out;
    }

    private static void migrateTo(DatabaseFile db, Path file, String version) {
        SQLiteConfig config = SqliteSettings.durable().forWriting();
        config.setOpenMode(SQLiteOpenMode.CREATE);
        Flyway.configure()
                .configuration(SchemaMigrations.flyway(db, SqliteConnections.dataSource(file, config)).getConfiguration())
                .target(version)
                .load()
                .migrate();
    }

    /** Rows as the old schema took them, in every table; the deletes leave gaps and counters ahead. */
    private static void fill(DatabaseFile db, Path file) throws SQLException {
        List<String> sql = switch (db) {
            case V3 -> List.of(
                    "INSERT INTO combined_v3_trades (order_a_ticket, order_b_ticket, symbol, direction, entry_price,"
                            + " entry_time, exit_time, status, signal_type, logic_route, order_a_profit_dollars)"
                            + " VALUES (11, 12, 'EURUSD', 'BUY', 1.08, '2026-11-28 10:00:00.125', '2026-11-28 11:00:00',"
                            + " 'CLOSED', 'Institutional_Launchpad', 'LOGIC1', 12.5)",
                    "INSERT INTO combined_v3_trades (order_a_ticket, symbol, direction, entry_price, signal_type, logic_route)"
                            + " VALUES (21, 'GBPUSD', 'SELL', 1.27, 'Liquidity_Trap', 'LOGIC2')",
                    "INSERT INTO combined_v3_trades (order_a_ticket, symbol, direction, entry_price, signal_type, logic_route)"
                            + " VALUES (31, 'USDJPY', 'BUY', 151.2, 'x', 'LOGIC3')",
                    "DELETE FROM combined_v3_trades WHERE id = 3",
                    "INSERT INTO v3_profit_bookings (trade_id, order_type, booking_time, closed_percentage, closed_volume,"
                            + " profit_dollars) VALUES (1, 'ORDER_A', '2026-11-28 11:00:00', 50, 0.1, 12.5)",
                    "INSERT INTO v3_signals_log (signal_type, symbol, trade_id, signal_json) VALUES ('x', 'EURUSD', 2, '{}')",
                    "INSERT INTO v3_signals_log (signal_type, symbol) VALUES ('y', 'EURUSD')",
                    "DELETE FROM v3_signals_log WHERE id = 2",
                    "INSERT INTO v3_daily_stats (date, total_dual_entries) VALUES ('2026-11-28', 3)");
            case V6 -> List.of(
                    "INSERT INTO price_action_1m_trades (order_b_ticket, symbol, direction, lot_size, entry_price, entry_time)"
                            + " VALUES (101, 'XAUUSD', 'SELL', 0.02, 2650.5, '2026-11-28 10:00:00')",
                    "INSERT INTO price_action_5m_trades (order_a_ticket, order_b_ticket, symbol, direction, entry_price,"
                            + " status, order_b_profit_dollars) VALUES (201, 202, 'EURUSD', 'BUY', 1.09, 'PARTIAL', 7.5)",
                    "INSERT INTO price_action_5m_trades (order_a_ticket, symbol, direction, entry_price)"
                            + " VALUES (203, 'EURUSD', 'BUY', 1.09)",
                    "DELETE FROM price_action_5m_trades WHERE id = 2",
                    "INSERT INTO price_action_15m_trades (order_a_ticket, symbol, direction, lot_size, entry_price)"
                            + " VALUES (301, 'USDJPY', 'BUY', 0.3, 151.2)",
                    "INSERT INTO price_action_1h_trades (order_a_ticket, symbol, direction, lot_size, entry_price, exit_time,"
                            + " status) VALUES (401, 'GBPJPY', 'SELL', 0.5, 190.1, '2026-11-28 23:59:59.999', 'CLOSED')",
                    "INSERT INTO market_trends (symbol, timeframe, bull_count, last_updated) VALUES ('EURUSD', '15', 3,"
                            + " '2026-11-28 10:00:00')",
                    "INSERT INTO v6_signals_log (signal_type, symbol, plugin_target) VALUES ('TREND_PULSE', 'EURUSD',"
                            + " 'price_action_15m')",
                    "INSERT INTO v6_daily_stats (date, plugin_1m_trades) VALUES ('2026-11-28', 1)");
            case CENTRAL -> List.of(
                    "INSERT INTO plugins_registry (plugin_id, name, plugin_type, version, last_active) VALUES"
                            + " ('price_action_30m', 'V6 30M', 'V6_PRICE_ACTION', '0.1.0', '2026-11-28 10:00:00')",
                    "INSERT INTO aggregated_trades (plugin_id, plugin_type, mt5_ticket, symbol, entry_time, status)"
                            + " VALUES ('combined_v3', 'V3_COMBINED', 11, 'EURUSD', '2026-11-28 10:00:00.125', 'CLOSED')",
                    "INSERT INTO aggregated_trades (plugin_id, mt5_ticket, symbol) VALUES ('price_action_30m', 1, 'EURUSD')",
                    "INSERT INTO aggregated_trades (plugin_id, mt5_ticket, symbol) VALUES ('price_action_1m', 2, 'EURUSD')",
                    "DELETE FROM aggregated_trades WHERE id = 3",
                    "INSERT INTO system_config (key, value) VALUES ('sync.cursor.combined_v3', '{\"last\":2}')",
                    "INSERT INTO system_events (event_type, plugin_id, severity) VALUES ('SYNC_FAILED', 'price_action_30m',"
                            + " 'ERROR')",
                    "INSERT INTO sync_status (plugin_id, last_sync_time, last_sync_success, records_synced) VALUES"
                            + " ('price_action_30m', '2026-11-28 10:05:00', 1, 1)");
        };
        try (Connection c = open(file); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.executeUpdate(s);
            }
        }
    }

    /**
     * Every row of every table (sqlite_sequence included) with each value's type, every index and
     * every foreign key; of the tables in {@code only} when given.
     */
    private static Map<String, List<String>> contents(Path file, java.util.Set<String> only) throws SQLException {
        Map<String, List<String>> contents = new LinkedHashMap<>();
        try (Connection c = open(file); Statement st = c.createStatement()) {
            List<String> tables = strings(st, "SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name <> 'flyway_schema_history' ORDER BY name");
            if (only != null) {
                tables.retainAll(only);
            }
            String in = tables.stream().map(t -> "'" + t + "'").collect(java.util.stream.Collectors.joining(", "));
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            Object value = rs.getObject(i);
                            row.append(meta.getColumnName(i)).append('=')
                                    .append(value == null ? "NULL" : value.getClass().getSimpleName() + ":" + value).append(' ');
                        }
                        rows.add(row.toString());
                    }
                }
                contents.put(table, rows);
            }
            contents.put("indexes", strings(st, "SELECT name || ' ON ' || tbl_name FROM sqlite_master"
                    + " WHERE type = 'index' AND tbl_name IN (" + in + ") ORDER BY name"));
            contents.put("foreign keys", strings(st, "SELECT m.name || '.' || f.\"from\" || ' -> ' || f.\"table\""
                    + " || '.' || f.\"to\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f"
                    + " WHERE m.name IN (" + in + ") ORDER BY 1"));
        }
        return contents;
    }

    private static Connection open(Path file) throws SQLException {
        return SqliteConnections.openForWriting(file, SqliteSettings.durable());
    }

    private static List<String> strings(Statement st, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
