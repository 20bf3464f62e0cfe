package com.zepix.db.timestamps;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.central.DashboardQueries;
import com.zepix.db.central.PluginDayTotals;
import com.zepix.db.central.PluginRegistry;
import com.zepix.db.central.SyncStatusStore;
import com.zepix.db.central.SystemConfigStore;
import com.zepix.db.central.SystemEventLog;
import com.zepix.db.central.SystemEventQuery;
import com.zepix.db.central.jooq.tables.pojos.PluginsRegistry;
import com.zepix.db.central.jooq.tables.pojos.SystemEvents;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.DayRange;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.core.TradeSource;
import com.zepix.db.core.TradeSummary;
import com.zepix.db.ops.backup.BackupOperation;
import com.zepix.db.ops.backup.BackupReport;
import com.zepix.db.ops.backup.BackupResult;
import com.zepix.db.ops.backup.RestoreOperation;
import com.zepix.db.ops.stats.DailyStatsOperation;
import com.zepix.db.ops.sync.PluginTradeSources;
import com.zepix.db.ops.sync.SyncReport;
import com.zepix.db.ops.sync.TradeSync;
import com.zepix.db.ops.verify.VerifyOperation;
import com.zepix.db.testsupport.OpsFixtures;
import com.zepix.db.testsupport.PythonForms;
import com.zepix.db.testsupport.PythonForms.Writer;
import com.zepix.db.v3.jooq.tables.pojos.V3DailyStats;
import com.zepix.db.v6.MarketTrendStore;
import com.zepix.db.v6.jooq.tables.pojos.V6DailyStats;
import com.zepix.db.v6.m1.ScalpingTradeStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot as it really writes: every Python form, through plain JDBC, into every TIMESTAMP column of
 * an initialised data folder; then everything that reads them: the stores, the trade sources' ranged
 * read, stats, sync, the dashboard query, verify, backup and restore. Whichever form a row was
 * written in, it is found by the same ranges and reads back as the same instant.
 */
class PythonWriterEndToEndTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    private static final LocalDateTime NOON = DAY.atTime(12, 0);

    /** Around both ends of the day and of noon: which side each lands on must not depend on the form. */
    private static final List<LocalDateTime> INSTANTS = List.of(
            DAY.atStartOfDay(),
            DAY.atTime(11, 59, 59, 999_999_000),
            DAY.atTime(12, 0, 0, 1_000),
            DAY.atTime(23, 59, 59, 500_000_000),
            DAY.minusDays(1).atTime(23, 59, 59, 750_000_000),
            DAY.plusDays(1).atTime(0, 0, 0, 250_000_000));

    private static final int ON_THE_DAY = 4;
    private static final int WRITERS = PythonForms.WRITERS.size();

    @TempDir
    Path root;

    private Path data;

    @BeforeEach
    void writeAsThePythonBotDoes() throws SQLException {
        data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        try (Connection v3 = OpsFixtures.writer(DatabaseFile.V3.in(data));
                Connection v6 = OpsFixtures.writer(DatabaseFile.V6.in(data));
                Connection central = OpsFixtures.writer(DatabaseFile.CENTRAL.in(data))) {
            for (int w = 0; w < WRITERS; w++) {
                Writer writer = PythonForms.WRITERS.get(w);
                for (int i = 0; i < INSTANTS.size(); i++) {
                    LocalDateTime t = INSTANTS.get(i);
                    long ticket = 100_000L * (w + 1) + i;
                    String entry = writer.apply(t);
                    String exit = writer.apply(t.plusMinutes(30));
                    long tradeId = insert(v3, "INSERT INTO combined_v3_trades (order_a_ticket, symbol, direction, entry_price,"
                            + " entry_time, exit_time, status, order_a_status, order_b_status, signal_type, logic_route,"
                            + " total_profit_dollars) VALUES (?, 'EURUSD', 'BUY', 1.08, ?, ?, 'CLOSED', 'CLOSED', 'CLOSED',"
                            + " 'Liquidity_Trap', 'LOGIC1', 1.0)", ticket, entry, exit);
                    insert(v3, "INSERT INTO v3_profit_bookings (trade_id, order_type, booking_time, closed_percentage,"
                            + " closed_volume, profit_dollars) VALUES (?, 'ORDER_A', ?, 50, 0.05, 0.5)", tradeId, entry);
                    insert(v3, "INSERT INTO v3_signals_log (received_time, signal_type, symbol, trade_id) VALUES (?, 'x',"
                            + " 'EURUSD', ?)", entry, tradeId);
                    for (String tf : List.of("1m", "15m", "1h")) {
                        insert(v6, "INSERT INTO price_action_" + tf + "_trades (" + (tf.equals("1m") ? "order_b_ticket" : "order_a_ticket")
                                + ", symbol, direction, lot_size, entry_price, entry_time, exit_time, status, profit_dollars)"
                                + " VALUES (?, 'XAUUSD', 'SELL', 0.1, 2600, ?, ?, 'CLOSED', 1.0)", ticket, entry, exit);
                    }
                    // A 5m trade the bot records as PARTIAL: Order A has banked 2.0, no total yet.
                    insert(v6, "INSERT INTO price_action_5m_trades (order_a_ticket, symbol, direction, entry_price, entry_time,"
                            + " status, order_a_profit_dollars) VALUES (?, 'EURUSD', 'BUY', 1.09, ?, 'PARTIAL', 2.0)", ticket, entry);
                    insert(v6, "INSERT INTO v6_signals_log (received_time, signal_type, symbol) VALUES (?, 'TREND_PULSE', 'EURUSD')",
                            entry);
                    insert(central, "INSERT INTO system_events (event_time, event_type, description) VALUES (?, 'PYTHON', ?)",
                            entry, writer.name());
                    insert(central, "INSERT INTO aggregated_trades (plugin_id, mt5_ticket, symbol, entry_time, exit_time, status)"
                            + " VALUES ('price_action_1h', ?, 'EURUSD', ?, ?, 'CLOSED')", 900_000L + ticket, entry, exit);
                }
                String plugin = "python_" + w;
                insert(v6, "INSERT INTO market_trends (symbol, timeframe, last_updated) VALUES (?, '15', ?)",
                        "SYM" + w, writer.apply(INSTANTS.get(3)));
                insert(central, "INSERT INTO plugins_registry (plugin_id, name, plugin_type, version, installed_date,"
                        + " last_active) VALUES (?, ?, 'V6_PRICE_ACTION', '1.0.0', ?, ?)", plugin, writer.name(),
                        writer.apply(INSTANTS.get(0)), writer.apply(INSTANTS.get(3)));
                insert(central, "INSERT INTO system_config (key, value, last_updated) VALUES (?, 'x', ?)",
                        "python." + w, writer.apply(INSTANTS.get(2)));
                insert(central, "INSERT INTO sync_status (plugin_id, last_sync_time, last_sync_success, records_synced)"
                        + " VALUES (?, ?, 1, 0)", plugin, writer.apply(INSTANTS.get(1)));
            }
        }
    }

    @Test
    void every_column_holds_the_canonical_text_of_what_was_written() throws SQLException {
        List<String> perTrade = new ArrayList<>();
        List<String> perTradeExit = new ArrayList<>();
        for (Writer writer : PythonForms.WRITERS) {
            for (LocalDateTime t : INSTANTS) {
                perTrade.add(writer.stored(t));
                perTradeExit.add(writer.stored(t.plusMinutes(30)));
            }
        }
        Path v3 = DatabaseFile.V3.in(data);
        Path v6 = DatabaseFile.V6.in(data);
        Path central = DatabaseFile.CENTRAL.in(data);
        assertThat(column(v3, "SELECT entry_time FROM combined_v3_trades ORDER BY id")).isEqualTo(perTrade);
        assertThat(column(v3, "SELECT exit_time FROM combined_v3_trades ORDER BY id")).isEqualTo(perTradeExit);
        assertThat(column(v3, "SELECT booking_time FROM v3_profit_bookings ORDER BY id")).isEqualTo(perTrade);
        assertThat(column(v3, "SELECT received_time FROM v3_signals_log ORDER BY id")).isEqualTo(perTrade);
        for (String tf : List.of("1m", "5m", "15m", "1h")) {
            assertThat(column(v6, "SELECT entry_time FROM price_action_" + tf + "_trades ORDER BY id")).isEqualTo(perTrade);
        }
        assertThat(column(v6, "SELECT exit_time FROM price_action_1h_trades ORDER BY id")).isEqualTo(perTradeExit);
        assertThat(column(v6, "SELECT received_time FROM v6_signals_log ORDER BY id")).isEqualTo(perTrade);
        assertThat(column(central, "SELECT event_time FROM system_events WHERE event_type = 'PYTHON' ORDER BY id"))
                .isEqualTo(perTrade);
        assertThat(column(central, "SELECT entry_time FROM aggregated_trades ORDER BY id")).isEqualTo(perTrade);
        List<String> perWriter = PythonForms.WRITERS.stream().map(w -> w.stored(INSTANTS.get(3))).toList();
        assertThat(column(v6, "SELECT last_updated FROM market_trends ORDER BY symbol")).isEqualTo(perWriter);
        assertThat(column(central, "SELECT last_active FROM plugins_registry WHERE plugin_id LIKE 'python_%' ORDER BY plugin_id"))
                .isEqualTo(perWriter);
        assertThat(column(central, "SELECT installed_date FROM plugins_registry WHERE plugin_id LIKE 'python_%' ORDER BY plugin_id"))
                .isEqualTo(PythonForms.WRITERS.stream().map(w -> w.stored(INSTANTS.get(0))).toList());
        assertThat(column(central, "SELECT last_updated FROM system_config WHERE key LIKE 'python.%' ORDER BY key"))
                .isEqualTo(PythonForms.WRITERS.stream().map(w -> w.stored(INSTANTS.get(2))).toList());
        assertThat(column(central, "SELECT last_sync_time FROM sync_status WHERE plugin_id LIKE 'python_%' ORDER BY plugin_id"))
                .isEqualTo(PythonForms.WRITERS.stream().map(w -> w.stored(INSTANTS.get(1))).toList());
    }

    @Test
    void stores_read_every_value_back_as_the_instant_written() {
        try (DatabaseService db = DatabaseService.open(data)) {
            ScalpingTradeStore scalping = new ScalpingTradeStore(db.plugin(DatabaseKey.V6_PRICE_ACTION_1M));
            MarketTrendStore trends = new MarketTrendStore(db.plugin(DatabaseKey.V6_PRICE_ACTION_15M));
            PluginRegistry registry = new PluginRegistry(db.plugin(DatabaseKey.CENTRAL_SYSTEM));
            SystemConfigStore config = new SystemConfigStore(db.plugin(DatabaseKey.CENTRAL_SYSTEM));
            SyncStatusStore status = new SyncStatusStore(db.plugin(DatabaseKey.CENTRAL_SYSTEM));
            for (int w = 0; w < WRITERS; w++) {
                Writer writer = PythonForms.WRITERS.get(w);
                for (int i = 0; i < INSTANTS.size(); i++) {
                    var trade = scalping.findByTicket(100_000L * (w + 1) + i).orElseThrow();
                    assertThat(trade.entryTime()).as("%s, instant %d", writer, i).isEqualTo(writer.instant(INSTANTS.get(i)));
                    assertThat(trade.exitTime()).isEqualTo(writer.instant(INSTANTS.get(i).plusMinutes(30)));
                }
                assertThat(trends.find("SYM" + w, "15").orElseThrow().lastUpdated()).isEqualTo(writer.instant(INSTANTS.get(3)));
                PluginsRegistry plugin = registry.findById("python_" + w).orElseThrow();
                assertThat(plugin.installedDate()).isEqualTo(writer.instant(INSTANTS.get(0)));
                assertThat(plugin.lastActive()).isEqualTo(writer.instant(INSTANTS.get(3)));
                assertThat(config.findByKey("python." + w).orElseThrow().lastUpdated()).isEqualTo(writer.instant(INSTANTS.get(2)));
                assertThat(status.findByPlugin("python_" + w).orElseThrow().lastSyncTime()).isEqualTo(writer.instant(INSTANTS.get(1)));
            }
        }
    }

    @Test
    void ranged_reads_find_the_same_rows_whichever_form_they_were_written_in() {
        try (DatabaseService db = DatabaseService.open(data)) {
            for (TradeSource source : PluginTradeSources.all()) {
                List<TradeSummary> afterNoon = source.enteredBetween(db.plugin(source.key()), NOON, DAY.plusDays(1).atStartOfDay());
                assertThat(afterNoon).as(source.pluginId()).hasSize(2 * WRITERS);
                Map<Long, List<LocalDateTime>> byWriter = afterNoon.stream().collect(Collectors.groupingBy(
                        t -> t.mt5Ticket() / 100_000L, Collectors.mapping(TradeSummary::entryTime, Collectors.toList())));
                for (int w = 0; w < WRITERS; w++) {
                    Writer writer = PythonForms.WRITERS.get(w);
                    assertThat(byWriter.get(w + 1L)).as("%s: %s", source.pluginId(), writer)
                            .containsExactly(writer.instant(INSTANTS.get(2)), writer.instant(INSTANTS.get(3)));
                }
            }
            List<SystemEvents> events = new SystemEventLog(db.plugin(DatabaseKey.CENTRAL_SYSTEM)).find(SystemEventQuery.newest(SystemEventQuery.MAX_LIMIT)
                    .withTimeRange(NOON, DAY.plusDays(1).atStartOfDay()));
            Map<String, Long> eventsPerWriter = events.stream().filter(e -> "PYTHON".equals(e.eventType()))
                    .collect(Collectors.groupingBy(SystemEvents::description, Collectors.counting()));
            assertThat(eventsPerWriter).hasSize(WRITERS).allSatisfy((writer, count) -> assertThat(count).as(writer).isEqualTo(2));
        }
    }

    @Test
    void one_days_stats_count_the_days_rows_of_every_form_and_a_partial_trades_booked_profit() {
        DailyStatsOperation.Result result = new DailyStatsOperation(data).run(DayRange.of(DAY));

        assertThat(result.failures()).isEmpty();
        assertThat(result.days()).singleElement().extracting(DailyStatsOperation.Day::date).isEqualTo(DAY);
        V3DailyStats v3 = result.days().get(0).v3();
        assertThat(v3.totalDualEntries()).isEqualTo(ON_THE_DAY * WRITERS);
        assertThat(v3.totalProfitDollars()).isEqualTo(ON_THE_DAY * WRITERS * 1.0);
        V6DailyStats v6 = result.days().get(0).v6();
        assertThat(List.of(v6.plugin_1mTrades(), v6.plugin_5mTrades(), v6.plugin_15mTrades(), v6.plugin_1hTrades()))
                .containsOnly(ON_THE_DAY * WRITERS);
        assertThat(v6.trendPulseUpdates()).isEqualTo(ON_THE_DAY * WRITERS);
        // 1m, 15m and 1h: 1.0 each; 5m: PARTIAL with no total, so Order A's booked 2.0.
        assertThat(v6.totalProfitDollars()).isEqualTo(ON_THE_DAY * WRITERS * (3 * 1.0 + 2.0));
    }

    @Test
    void sync_copies_every_form_and_the_dashboard_counts_the_day_the_same() {
        SyncReport report = new TradeSync(data, SqliteSettings.durable(), PluginTradeSources.all(),
                Clock.fixed(Instant.parse("2026-11-30T06:00:00Z"), ZoneOffset.UTC)).runOnce();

        assertThat(report.anyFailed()).as(report.toString()).isFalse();
        assertThat(report.totalSynced()).isEqualTo(5 * INSTANTS.size() * WRITERS);
        try (DatabaseService db = DatabaseService.open(data)) {
            Map<String, PluginDayTotals> day = new DashboardQueries(db.plugin(DatabaseKey.CENTRAL_SYSTEM)).totalsPerPluginPerDay(DayRange.of(DAY)).stream()
                    .collect(Collectors.toMap(PluginDayTotals::pluginId, t -> t));
            for (String plugin : List.of("combined_v3", "price_action_1m", "price_action_5m", "price_action_15m")) {
                assertThat(day.get(plugin).trades()).as(plugin).isEqualTo(ON_THE_DAY * WRITERS);
            }
            // 1h: the synced trades and the rows Python wrote into aggregated_trades itself
            assertThat(day.get("price_action_1h").trades()).isEqualTo(2 * ON_THE_DAY * WRITERS);
            assertThat(day.get("price_action_5m").profitDollars()).isEqualTo(ON_THE_DAY * WRITERS * 2.0);
        }
    }

    @Test
    void verify_backup_and_restore_pass_on_python_written_files() {
        assertThat(new VerifyOperation(data).run().findings()).isEmpty();

        BackupReport backup = new BackupOperation(data, null, null, Clock.systemUTC(), null).run();
        assertThat(backup.backups()).allMatch(BackupResult::clean);
        Path v6Backup = backup.backups().stream().filter(b -> b.database() == DatabaseFile.V6).findFirst()
                .orElseThrow().backup();

        new RestoreOperation(data, v6Backup, Clock.offset(Clock.systemUTC(), java.time.Duration.ofSeconds(2))).run();
        assertThat(new VerifyOperation(data).run().findings()).isEmpty();
        assertThat(new DailyStatsOperation(data).run(DayRange.of(DAY)).days().get(0).v6().plugin_5mTrades())
                .isEqualTo(ON_THE_DAY * WRITERS);
    }

    private static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> column(Path db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = OpsFixtures.writer(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
