package com.zepix.db.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.testsupport.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every constraint kind of schema-spec.md refuses a bad row in every database, with foreign keys
 * on, and the good row it was varied from is accepted. Goes through plain JDBC on purpose: this
 * is about what SQLite itself enforces, whatever code writes.
 */
class ConstraintsTest {

    private static final Object NULL = new Object();

    @TempDir
    Path dir;

    /** A known-good row per table; each bad case changes one column of it. */
    private static Map<String, Object> goodRow(String table) {
        Map<String, Object> row = new HashMap<>();
        switch (table) {
            case "combined_v3_trades" -> {
                row.putAll(Map.of("order_a_ticket", 9_000_000_001L, "order_b_ticket", 9_000_000_002L,
                        "mt5_parent_ticket", 9_000_000_000L, "symbol", "EURUSD", "direction", "BUY",
                        "entry_price", 1.0850, "signal_type", "Institutional_Launchpad", "signal_timeframe", "15",
                        "consensus_score", 7, "position_multiplier", 0.8));
                row.putAll(Map.of("mtf_15m", 1, "mtf_1h", 0, "mtf_4h", -1, "logic_route", "LOGIC1",
                        "order_a_lot_size", 0.1, "order_b_lot_size", 0.1, "entry_time", "2026-01-02 10:00:00.250"));
            }
            case "v3_profit_bookings" -> row.putAll(Map.of("trade_id", 1, "order_type", "ORDER_B",
                    "closed_percentage", 50.0, "closed_volume", 0.05, "reason", "TP1"));
            case "v3_signals_log" -> row.putAll(Map.of("signal_type", "Liquidity_Trap", "symbol", "GBPUSD",
                    "direction", "SELL", "consensus_score", 5, "signal_json", "{\"score\":5}", "processed", 1,
                    "trade_placed", 0));
            case "v3_daily_stats" -> row.putAll(Map.of("date", "2026-01-02", "total_dual_entries", 3,
                    "win_rate", 66.7, "total_profit_dollars", -12.5));
            case "price_action_1m_trades" -> row.putAll(Map.of("order_b_ticket", 7001L, "symbol", "XAUUSD",
                    "direction", "SELL", "lot_size", 0.02, "entry_price", 2650.5, "adx", 31.0,
                    "confidence_score", 80, "spread_pips", 1.2, "execution_speed_ms", 45));
            case "price_action_5m_trades" -> row.putAll(Map.of("order_a_ticket", 7101L, "order_b_ticket", 7102L,
                    "symbol", "EURUSD", "direction", "BUY", "entry_price", 1.09, "adx", 25.0,
                    "confidence_score", 70, "trend_15m_aligned", 1, "order_a_lot_size", 0.1, "order_b_lot_size", 0.1));
            case "price_action_15m_trades" -> row.putAll(Map.of("order_a_ticket", 7201L, "symbol", "USDJPY",
                    "direction", "BUY", "lot_size", 0.3, "entry_price", 151.2, "confidence_score", 60,
                    "pulse_bull_count", 4, "pulse_bear_count", 1));
            case "price_action_1h_trades" -> row.putAll(Map.of("order_a_ticket", 7301L, "symbol", "GBPJPY",
                    "direction", "SELL", "lot_size", 0.5, "entry_price", 190.1, "trend_4h", -1, "trend_1d", 0));
            case "market_trends" -> row.putAll(Map.of("symbol", "EURUSD", "timeframe", "15", "bull_count", 3,
                    "bear_count", 1, "market_state", "TRENDING_BULLISH"));
            case "v6_signals_log" -> row.putAll(Map.of("signal_type", "TREND_PULSE", "plugin_target",
                    "price_action_15m", "symbol", "EURUSD", "adx", 20.0, "confidence_score", 55,
                    "signal_json", "[1,2]", "processed", 0, "trade_placed", 0));
            case "v6_daily_stats" -> row.putAll(Map.of("date", "2026-01-02", "plugin_1m_trades", 10,
                    "trend_pulse_updates", 4, "win_rate", 100.0));
            case "plugins_registry" -> row.putAll(Map.of("plugin_id", "price_action_30m", "name", "V6 30M",
                    "plugin_type", "V6_PRICE_ACTION", "version", "0.1.0", "enabled", 0, "status", "DISABLED"));
            case "aggregated_trades" -> row.putAll(Map.of("plugin_id", "combined_v3", "plugin_type", "V3_COMBINED",
                    "mt5_ticket", 9_000_000_000L, "symbol", "EURUSD", "direction", "BUY", "lot_size", 0.2,
                    "entry_time", "2026-01-02 10:00:00", "status", "OPEN"));
            case "system_config" -> row.putAll(Map.of("key", "max_open_trades", "value", "5"));
            case "system_events" -> row.putAll(Map.of("event_type", "PLUGIN_ERROR", "plugin_id", "price_action_1m",
                    "severity", "ERROR", "description", "lost connection"));
            case "sync_status" -> row.putAll(Map.of("plugin_id", "combined_v3", "last_sync_time",
                    "2026-01-02 10:05:00", "last_sync_success", 1, "records_synced", 12));
            case "legacy_trade_imports" -> row.putAll(Map.of("legacy_id", 41L, "trade_id", 1L, "order_type", "ORDER_A"));
            case "aggregated_daily_totals" -> row.putAll(Map.of("plugin_id", "combined_v3", "day", "2026-01-02",
                    "trades", 3, "closed_trades", 2, "winning_trades", 1, "profit_dollars", 12.5));
            default -> throw new IllegalArgumentException(table);
        }
        return row;
    }

    private record Bad(DatabaseFile db, String table, String column, Object value, String kind) {
        @Override
        public String toString() {
            return table + "." + column + " = " + (value == NULL ? "NULL" : "'" + value + "'") + " refused by " + kind;
        }
    }

    private static final String CHECK = "CHECK constraint failed";
    private static final String NOT_NULL = "NOT NULL constraint failed";
    private static final String UNIQUE = "UNIQUE constraint failed";
    private static final String FOREIGN_KEY = "FOREIGN KEY constraint failed";

    private static List<Bad> badRows() {
        DatabaseFile v3 = DatabaseFile.V3;
        DatabaseFile v6 = DatabaseFile.V6;
        DatabaseFile central = DatabaseFile.CENTRAL;
        return List.of(
                new Bad(v3, "combined_v3_trades", "direction", "HOLD", CHECK),
                new Bad(v3, "combined_v3_trades", "entry_price", 0.0, CHECK),
                new Bad(v3, "combined_v3_trades", "consensus_score", 12, CHECK),
                new Bad(v3, "combined_v3_trades", "position_multiplier", 1.5, CHECK),
                new Bad(v3, "combined_v3_trades", "mtf_4h", 2, CHECK),
                new Bad(v3, "combined_v3_trades", "logic_route", "LOGIC4", CHECK),
                new Bad(v3, "combined_v3_trades", "status", "PENDING", CHECK),
                new Bad(v3, "combined_v3_trades", "order_a_status", "PARTIAL", CHECK),
                new Bad(v3, "combined_v3_trades", "order_b_lot_size", -0.1, CHECK),
                new Bad(v3, "combined_v3_trades", "signal_timeframe", "3", CHECK),
                new Bad(v3, "combined_v3_trades", "entry_time", "2026-01-02t10:00:00", CHECK),
                new Bad(v3, "combined_v3_trades", "entry_time", "2026-02-30 10:00:00", CHECK),
                new Bad(v3, "combined_v3_trades", "entry_time", "2026-01-02 10:00:00+0200", CHECK),
                new Bad(v3, "combined_v3_trades", "symbol", NULL, NOT_NULL),
                new Bad(v3, "combined_v3_trades", "signal_type", NULL, NOT_NULL),
                new Bad(v3, "combined_v3_trades", "order_a_ticket", "duplicate", UNIQUE),
                new Bad(v3, "v3_profit_bookings", "trade_id", 999_999L, FOREIGN_KEY),
                new Bad(v3, "legacy_trade_imports", "trade_id", 999_999L, FOREIGN_KEY),
                new Bad(v3, "legacy_trade_imports", "trade_id", NULL, NOT_NULL),
                new Bad(v3, "legacy_trade_imports", "order_type", "ORDER_C", CHECK),
                new Bad(v3, "legacy_trade_imports", "legacy_id", 0L, CHECK),
                new Bad(v3, "legacy_trade_imports", "imported_at", "2026-01-02T10:00:00", CHECK),
                new Bad(v3, "legacy_trade_imports", "legacy_id", "duplicate", UNIQUE),
                new Bad(v3, "v3_profit_bookings", "order_type", "ORDER_C", CHECK),
                new Bad(v3, "v3_profit_bookings", "closed_percentage", 0.0, CHECK),
                new Bad(v3, "v3_profit_bookings", "closed_percentage", 100.5, CHECK),
                new Bad(v3, "v3_profit_bookings", "closed_volume", 0.0, CHECK),
                new Bad(v3, "v3_profit_bookings", "trade_id", NULL, NOT_NULL),
                new Bad(v3, "v3_signals_log", "signal_json", "{not json", CHECK),
                new Bad(v3, "v3_signals_log", "processed", 2, CHECK),
                new Bad(v3, "v3_signals_log", "trade_id", 999_999L, FOREIGN_KEY),
                new Bad(v3, "v3_daily_stats", "total_dual_entries", -1, CHECK),
                new Bad(v3, "v3_daily_stats", "win_rate", 100.1, CHECK),
                new Bad(v3, "v3_daily_stats", "date", "2026-1-2", CHECK),
                new Bad(v3, "v3_daily_stats", "date", "duplicate", UNIQUE),

                new Bad(v6, "price_action_1m_trades", "direction", "buy", CHECK),
                new Bad(v6, "price_action_1m_trades", "lot_size", 0.0, CHECK),
                new Bad(v6, "price_action_1m_trades", "status", "PARTIAL", CHECK),
                new Bad(v6, "price_action_1m_trades", "spread_pips", -0.5, CHECK),
                new Bad(v6, "price_action_1m_trades", "execution_speed_ms", -1, CHECK),
                new Bad(v6, "price_action_1m_trades", "confidence_score", 101, CHECK),
                new Bad(v6, "price_action_1m_trades", "lot_size", NULL, NOT_NULL),
                new Bad(v6, "price_action_1m_trades", "order_b_ticket", "duplicate", UNIQUE),
                new Bad(v6, "price_action_5m_trades", "adx", -1.0, CHECK),
                new Bad(v6, "price_action_5m_trades", "trend_15m_aligned", 3, CHECK),
                new Bad(v6, "price_action_5m_trades", "order_b_ticket", "duplicate", UNIQUE),
                new Bad(v6, "price_action_15m_trades", "pulse_bear_count", -2, CHECK),
                new Bad(v6, "price_action_15m_trades", "entry_price", NULL, NOT_NULL),
                new Bad(v6, "price_action_1h_trades", "trend_1d", 5, CHECK),
                new Bad(v6, "price_action_1h_trades", "order_a_ticket", "duplicate", UNIQUE),
                new Bad(v6, "market_trends", "timeframe", "30", CHECK),
                new Bad(v6, "market_trends", "bull_count", -1, CHECK),
                new Bad(v6, "market_trends", "symbol", "duplicate", UNIQUE),
                new Bad(v6, "v6_signals_log", "plugin_target", "price_action_30m", CHECK),
                new Bad(v6, "v6_signals_log", "signal_json", "'; DROP TABLE x", CHECK),
                new Bad(v6, "v6_signals_log", "symbol", NULL, NOT_NULL),
                new Bad(v6, "v6_daily_stats", "trend_pulse_updates", -3, CHECK),
                new Bad(v6, "v6_daily_stats", "win_rate", -0.1, CHECK),

                new Bad(central, "plugins_registry", "plugin_type", "V7_PLUGIN", CHECK),
                new Bad(central, "plugins_registry", "status", "UNKNOWN", CHECK),
                new Bad(central, "plugins_registry", "name", NULL, NOT_NULL),
                new Bad(central, "plugins_registry", "plugin_id", "combined_v3", UNIQUE),
                new Bad(central, "aggregated_trades", "plugin_id", "no_such_plugin", FOREIGN_KEY),
                new Bad(central, "aggregated_trades", "mt5_ticket", NULL, NOT_NULL),
                new Bad(central, "aggregated_trades", "status", "HALF", CHECK),
                new Bad(central, "aggregated_trades", "mt5_ticket", "duplicate", UNIQUE),
                new Bad(central, "aggregated_daily_totals", "plugin_id", "no_such_plugin", FOREIGN_KEY),
                new Bad(central, "aggregated_daily_totals", "day", "2026-02-30", CHECK),
                new Bad(central, "aggregated_daily_totals", "day", "2026-01-02 10:00:00", CHECK),
                new Bad(central, "aggregated_daily_totals", "trades", -1, CHECK),
                new Bad(central, "aggregated_daily_totals", "closed_trades", 4, CHECK),
                new Bad(central, "aggregated_daily_totals", "winning_trades", 3, CHECK),
                new Bad(central, "aggregated_daily_totals", "profit_dollars", NULL, NOT_NULL),
                new Bad(central, "aggregated_daily_totals", "day", "duplicate", UNIQUE),
                new Bad(central, "system_config", "value", NULL, NOT_NULL),
                new Bad(central, "system_config", "key", "bot_version", UNIQUE),
                new Bad(central, "system_events", "severity", "DEBUG", CHECK),
                new Bad(central, "system_events", "plugin_id", "no_such_plugin", FOREIGN_KEY),
                new Bad(central, "system_events", "event_time", "yesterday", CHECK),
                new Bad(central, "sync_status", "plugin_id", "no_such_plugin", FOREIGN_KEY),
                new Bad(central, "sync_status", "records_synced", -1, CHECK));
    }

    @TestFactory
    Stream<DynamicTest> every_good_row_is_accepted() {
        return Stream.concat(SpecTables.ALL.stream(), SpecTables.ADDITIONS.stream()).map(t -> DynamicTest.dynamicTest(t.name() + " accepts its good row", () -> {
            try (Connection c = TestDatabases.open(TestDatabases.migrate(t.database(), dir.resolve(t.name())))) {
                seedParents(c, t.name());
                insert(c, t.name(), goodRow(t.name()));
                assertThat(count(c, t.name())).isEqualTo(baseline(t.name()) + 1);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> every_bad_row_is_refused_and_nothing_is_written() {
        return badRows().stream().map(bad -> DynamicTest.dynamicTest(bad.toString(), () -> {
            Path caseDir = dir.resolve(bad.table() + "-" + bad.column() + "-" + Integer.toHexString(bad.hashCode()));
            try (Connection c = TestDatabases.open(TestDatabases.migrate(bad.db(), caseDir))) {
                seedParents(c, bad.table());
                Map<String, Object> row = goodRow(bad.table());
                if ("duplicate".equals(bad.value())) {
                    insert(c, bad.table(), row);
                    if (bad.column().equals("mt5_ticket")) {
                        row.put("symbol", "GBPUSD"); // same (plugin_id, mt5_ticket), otherwise a different trade
                    }
                    if (bad.column().equals("legacy_id")) {
                        row.put("order_type", "ORDER_B"); // the same legacy row linked to the trade's other order
                    }
                } else {
                    row.put(bad.column(), bad.value());
                }
                long before = count(c, bad.table());
                assertThatThrownBy(() -> insert(c, bad.table(), row))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining(bad.kind());
                assertThat(count(c, bad.table())).isEqualTo(before);
            }
        }));
    }

    /** Tables with foreign keys need their parent row first; the central parents come from V2. */
    private static void seedParents(Connection c, String table) throws SQLException {
        if (table.equals("v3_profit_bookings") || table.equals("v3_signals_log") || table.equals("legacy_trade_imports")) {
            insert(c, "combined_v3_trades", goodRow("combined_v3_trades"));
        }
    }

    private static long baseline(String table) {
        return switch (table) {
            case "plugins_registry" -> 5;
            case "system_config" -> 4;
            default -> 0;
        };
    }

    private static void insert(Connection c, String table, Map<String, Object> row) throws SQLException {
        List<String> columns = new ArrayList<>(row.keySet());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < columns.size(); i++) {
                Object value = row.get(columns.get(i));
                ps.setObject(i + 1, value == NULL ? null : value);
            }
            ps.executeUpdate();
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        return Long.parseLong(MigrationsMatchSpecTest.query(c, "SELECT count(*) FROM " + table).get(0));
    }
}
