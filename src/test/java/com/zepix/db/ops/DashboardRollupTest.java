package com.zepix.db.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.central.Dashboard;
import com.zepix.db.central.DashboardQueries;
import com.zepix.db.central.PluginDayTotals;
import com.zepix.db.central.RangeTotals;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.DayRange;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.ops.backup.BackupOperation;
import com.zepix.db.ops.backup.RestoreOperation;
import com.zepix.db.ops.init.InitOperation;
import com.zepix.db.ops.sqlite.ReadOnlyDatabase;
import com.zepix.db.ops.sync.PluginTradeSources;
import com.zepix.db.ops.sync.SyncReport;
import com.zepix.db.ops.sync.TradeSync;
import com.zepix.db.ops.verify.VerifyOperation;
import com.zepix.db.testsupport.OpsFixtures;
import com.zepix.db.testsupport.PluginTrades;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
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
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Central V4's {@code aggregated_daily_totals} stays exactly in step with {@code aggregated_trades}
 * on every write path (sync, manual insert/update/delete, restore, upgrade of an older central),
 * and the dashboard read from it equals, to the cent, a recount of aggregated_trades.
 */
class DashboardRollupTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 10, 1);
    private static final DayRange ALL_DAYS = new DayRange(FIRST_DAY.minusDays(1), FIRST_DAY.plusDays(40));

    @TempDir
    Path dir;

    private final Random random = new Random(7);
    private long nextTicket = 50_000;

    @Test
    void a_first_sync_an_incremental_one_and_a_full_resync_keep_the_dashboard_equal_to_a_recount() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(dir.resolve("data"));
        List<Long> v3Open = addTrades(data, 300);
        assertClean(sync(data));
        assertDashboardEqualsRecount(data);

        closeSomeV3(data, v3Open);
        addTrades(data, 100);
        assertClean(sync(data));
        assertDashboardEqualsRecount(data);

        // Forget the cursors but keep the aggregated rows, and change closed trades' profit: a run
        // from the start upserts over every stored row, and each must be subtracted before it is replaced.
        OpsFixtures.execute(DatabaseFile.V6.in(data),
                "UPDATE price_action_1h_trades SET profit_dollars = profit_dollars + 0.37 WHERE status = 'CLOSED'",
                "UPDATE price_action_1m_trades SET entry_time = datetime(entry_time, '+1 day') WHERE id % 3 = 0");
        OpsFixtures.execute(DatabaseFile.CENTRAL.in(data), "DELETE FROM system_config WHERE key LIKE 'sync.cursor.%'");
        assertClean(sync(data));
        assertDashboardEqualsRecount(data);
        assertThat(OpsFixtures.queryLong(DatabaseFile.CENTRAL.in(data),
                "SELECT count(*) FROM system_config WHERE key = 'aggregated_daily_totals.kept_by_sync'")).isZero();
        assertThat(new VerifyOperation(data).run().findings()).isEmpty();
    }

    @Test
    void manual_inserts_updates_and_deletes_outside_the_sync_are_followed_by_the_triggers() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(dir.resolve("data"));
        addTrades(data, 200);
        assertClean(sync(data));
        Path central = DatabaseFile.CENTRAL.in(data);
        OpsFixtures.execute(central,
                "DELETE FROM aggregated_trades WHERE id % 4 = 0",
                "UPDATE aggregated_trades SET status = 'CLOSED', profit_dollars = 12.5 WHERE status = 'OPEN' AND id % 2 = 0",
                "UPDATE aggregated_trades SET entry_time = '2026-10-20 23:59:59' WHERE id % 5 = 0",
                "UPDATE aggregated_trades SET plugin_id = 'price_action_15m' WHERE id % 7 = 0 AND plugin_id = 'price_action_1h'",
                "UPDATE aggregated_trades SET entry_time = NULL WHERE id % 11 = 0",
                "INSERT INTO aggregated_trades (plugin_id, plugin_type, mt5_ticket, symbol, entry_time, status, profit_dollars)"
                        + " VALUES ('combined_v3', 'V3_COMBINED', 1, 'EURUSD', '2026-10-03 10:00:00', 'CLOSED', 7.25)");
        assertDashboardEqualsRecount(data);
        // A whole day emptied by hand leaves no row behind.
        OpsFixtures.execute(central, "DELETE FROM aggregated_trades WHERE substr(entry_time, 1, 10) = '2026-10-20'");
        assertThat(OpsFixtures.queryLong(central,
                "SELECT count(*) FROM aggregated_daily_totals WHERE day = '2026-10-20'")).isZero();
        assertDashboardEqualsRecount(data);
        OpsFixtures.execute(central, "DELETE FROM aggregated_trades");
        assertThat(OpsFixtures.queryLong(central, "SELECT count(*) FROM aggregated_daily_totals")).isZero();
        assertThat(new VerifyOperation(data).run().findings()).isEmpty();
    }

    @Test
    void a_restored_central_brings_a_rollup_in_step_with_its_own_trades() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(dir.resolve("data"));
        addTrades(data, 150);
        assertClean(sync(data));
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
        Path backups = dir.resolve("backups");
        var backup = new BackupOperation(data, backups, null, clock, null).run();
        assertThat(backup.succeeded()).isTrue();
        Path centralBackup = backup.backups().stream().filter(b -> b.database() == DatabaseFile.CENTRAL)
                .findFirst().orElseThrow().backup();

        addTrades(data, 150);
        assertClean(sync(data));
        new RestoreOperation(data, centralBackup, Clock.offset(clock, java.time.Duration.ofSeconds(5))).run();

        assertThat(OpsFixtures.queryLong(DatabaseFile.CENTRAL.in(data), "SELECT count(*) FROM aggregated_trades"))
                .isEqualTo(150);
        assertDashboardEqualsRecount(data);
        assertClean(sync(data)); // the next sync picks up from the restored cursors
        assertDashboardEqualsRecount(data);
    }

    @Test
    void init_builds_the_rollup_of_an_older_central_that_already_holds_aggregated_trades() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path central = OpsFixtures.centralAtVersion1(DatabaseFile.CENTRAL.in(data));
        OpsFixtures.execute(central, "INSERT INTO plugins_registry (plugin_id, name, plugin_type, version)"
                        + " VALUES ('old_v3', 'V3', 'V3_COMBINED', '1.0.0')",
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)"
                        + " INSERT INTO aggregated_trades (plugin_id, plugin_type, mt5_ticket, symbol, entry_time, status,"
                        + " profit_dollars) SELECT 'old_v3', 'V3_COMBINED', i, 'EURUSD',"
                        + " datetime('2026-10-01 08:00:00', '+' || (i % 17) || ' days', '+' || i || ' minutes'),"
                        + " CASE i % 3 WHEN 0 THEN 'OPEN' ELSE 'CLOSED' END, CASE WHEN i % 3 = 0 THEN NULL"
                        + " ELSE (i % 7) * 3.17 - 9.5 END FROM n");
        assertThat(new InitOperation(data).run().succeeded()).isTrue();
        assertThat(OpsFixtures.queryLong(central, "SELECT sum(trades) FROM aggregated_daily_totals")).isEqualTo(500);
        assertDashboardEqualsRecount(data);
    }

    private void assertDashboardEqualsRecount(Path data) throws SQLException {
        Map<String, long[]> recount = recount(DatabaseFile.CENTRAL.in(data));
        Dashboard dashboard;
        try (DatabaseService db = DatabaseService.open(data, SqliteSettings.durable(), java.util.Set.of(DatabaseFile.CENTRAL))) {
            dashboard = new DashboardQueries(db.plugin(DatabaseKey.CENTRAL_SYSTEM)).dashboard(ALL_DAYS);
        }
        Map<String, long[]> shown = new TreeMap<>();
        for (PluginDayTotals d : dashboard.perPluginPerDay()) {
            long winners = Math.round(d.winRate() * d.closed() / 100.0);
            shown.put(d.pluginId() + " " + d.day(), new long[] {d.trades(), d.closed(), winners, cents(d.profitDollars())});
        }
        assertThat(shown.keySet()).containsExactlyElementsOf(recount.keySet());
        recount.forEach((key, expected) -> assertThat(shown.get(key)).as(key).containsExactly(expected));

        long[] all = new long[4];
        Map<String, long[]> perPlugin = new TreeMap<>();
        recount.forEach((key, v) -> {
            long[] p = perPlugin.computeIfAbsent(key.substring(0, key.indexOf(' ')), k -> new long[4]);
            for (int i = 0; i < 3; i++) {
                p[i] += v[i];
                all[i] += v[i];
            }
        });
        Map<String, Double> profitPerPlugin = recountProfitPerPlugin(DatabaseFile.CENTRAL.in(data));
        assertThat(dashboard.perPlugin().keySet()).containsExactlyElementsOf(perPlugin.keySet());
        perPlugin.forEach((plugin, p) -> {
            RangeTotals t = dashboard.perPlugin().get(plugin);
            assertThat(new long[] {t.trades(), t.closed(), t.winners(), cents(t.profitDollars())}).as(plugin)
                    .containsExactly(p[0], p[1], p[2], cents(profitPerPlugin.get(plugin)));
        });
        RangeTotals total = dashboard.total();
        assertThat(new long[] {total.trades(), total.closed(), total.winners(), cents(total.profitDollars())})
                .containsExactly(all[0], all[1], all[2],
                        cents(profitPerPlugin.values().stream().mapToDouble(Double::doubleValue).sum()));
    }

    private static long cents(double dollars) {
        return Math.round(dollars * 100);
    }

    /** Straight from aggregated_trades, as the dashboard counted before the rollup existed. */
    private static Map<String, long[]> recount(Path central) throws SQLException {
        Map<String, long[]> days = new TreeMap<>();
        try (Connection c = ReadOnlyDatabase.open(central); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT plugin_id, date(entry_time), count(*),"
                        + " count(*) FILTER (WHERE status = 'CLOSED'),"
                        + " count(*) FILTER (WHERE status = 'CLOSED' AND profit_dollars > 0), total(profit_dollars)"
                        + " FROM aggregated_trades WHERE entry_time >= '" + ALL_DAYS.start().toLocalDate() + "'"
                        + " AND entry_time < '" + ALL_DAYS.end().toLocalDate() + "' GROUP BY 1, 2")) {
            while (rs.next()) {
                days.put(rs.getString(1) + " " + rs.getString(2),
                        new long[] {rs.getLong(3), rs.getLong(4), rs.getLong(5), cents(rs.getDouble(6))});
            }
        }
        return days;
    }

    private static Map<String, Double> recountProfitPerPlugin(Path central) throws SQLException {
        Map<String, Double> profit = new TreeMap<>();
        try (Connection c = ReadOnlyDatabase.open(central); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT plugin_id, total(profit_dollars) FROM aggregated_trades"
                        + " WHERE entry_time >= '" + ALL_DAYS.start().toLocalDate() + "' AND entry_time < '"
                        + ALL_DAYS.end().toLocalDate() + "' GROUP BY 1")) {
            while (rs.next()) {
                profit.put(rs.getString(1), rs.getDouble(2));
            }
        }
        return profit;
    }

    private static SyncReport sync(Path data) {
        return new TradeSync(data, SqliteSettings.durable(), PluginTradeSources.all(), Clock.systemUTC()).runOnce();
    }

    private static void assertClean(SyncReport report) {
        assertThat(report.anyFailed()).as(report.plugins().toString()).isFalse();
    }

    /** Random trades over 30 days for all five plugins; returns the ids of the V3 ones left open. */
    private List<Long> addTrades(Path data, int n) {
        List<Long> v3Open = new ArrayList<>();
        try (DatabaseService db = DatabaseService.open(data)) {
            PluginTrades t = new PluginTrades(db);
            for (int i = 0; i < n; i++) {
                LocalDateTime entry = FIRST_DAY.atStartOfDay().plusMinutes(random.nextInt(30 * 1440));
                boolean closed = random.nextInt(3) > 0;
                Double profit = closed ? Math.round((random.nextDouble() * 200 - 90) * 100) / 100.0 : null;
                long ticket = nextTicket++;
                switch (i % 5) {
                    case 0 -> {
                        long id = t.v3(ticket, ticket + 1_000_000, entry, closed ? TradeStatus.CLOSED : TradeStatus.OPEN,
                                profit, LogicRoute.LOGIC1);
                        if (!closed) {
                            v3Open.add(id);
                        }
                    }
                    case 1 -> t.m1(ticket, entry, closed, profit);
                    case 2 -> t.m5(ticket, ticket + 1_000_000, entry,
                            closed ? TradeStatus.CLOSED : random.nextBoolean() ? TradeStatus.PARTIAL : TradeStatus.OPEN,
                            closed ? profit : random.nextBoolean() ? 3.3 : null);
                    case 3 -> t.m15(ticket, entry, closed, profit);
                    default -> t.h1(ticket, entry, closed, profit);
                }
            }
        }
        return v3Open;
    }

    private static void closeSomeV3(Path data, List<Long> open) {
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < open.size(); i += 2) {
            statements.add("UPDATE combined_v3_trades SET status = 'CLOSED', order_a_status = 'CLOSED',"
                    + " order_b_status = 'CLOSED', exit_time = datetime(entry_time, '+2 hours'),"
                    + " total_profit_dollars = " + (i % 4 == 0 ? "31.41" : "-2.72") + " WHERE id = " + open.get(i));
        }
        OpsFixtures.execute(DatabaseFile.V3.in(data), statements.toArray(String[]::new));
    }
}
