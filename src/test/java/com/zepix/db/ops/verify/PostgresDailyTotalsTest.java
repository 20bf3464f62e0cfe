package com.zepix.db.ops.verify;

import static com.zepix.db.v3.jooq.Tables.COMBINED_V3_TRADES;
import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.central.DashboardQueries;
import com.zepix.db.central.RangeTotals;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.DayRange;
import com.zepix.db.core.InstanceId;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.OrderStatus;
import com.zepix.db.core.PostgresCentral;
import com.zepix.db.core.SchemaMigrations;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.ops.server.CentralChoice;
import com.zepix.db.ops.sync.PluginTradeSources;
import com.zepix.db.ops.sync.SyncReport;
import com.zepix.db.ops.sync.TradeSync;
import com.zepix.db.testsupport.OpsFixtures;
import com.zepix.db.testsupport.PluginTrades;
import com.zepix.db.testsupport.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard rollup on a PostgreSQL central (central-postgresql V3), keyed by instance: the
 * sync's deltas keep it (first sync and a changed trade), the trigger keeps it for manual writes
 * (UPDATE moving a trade to another day, DELETE, INSERT of another instance), and verify's recount
 * names a write made around the trigger.
 */
class PostgresDailyTotalsTest {

    private static final LocalDateTime DAY1 = LocalDateTime.of(2026, 11, 20, 9, 30);
    private static final LocalDateTime DAY2 = DAY1.plusDays(1);
    private static final DayRange BOTH_DAYS = new DayRange(DAY1.toLocalDate(), DAY2.toLocalDate().plusDays(1));

    @TempDir
    Path root;

    TestPostgres.Database pg;
    PostgresCentral central;

    @BeforeEach
    void centralOnPostgres() {
        pg = TestPostgres.createDatabase();
        central = PostgresCentral.fromUrl(pg.url(), pg.environment());
        SchemaMigrations.flyway(central.dataSource(), PostgresCentral.MIGRATIONS).migrate();
    }

    @AfterEach
    void dropDatabase() {
        pg.close();
    }

    @Test
    void every_write_path_keeps_the_rollup_equal_to_a_recount_and_verify_names_a_write_around_it() throws Exception {
        Path a = OpsFixtures.initialisedDataDir(root.resolve("a"));
        Path b = OpsFixtures.initialisedDataDir(root.resolve("b"));
        long openTrade;
        try (DatabaseService db = DatabaseService.open(a)) {
            PluginTrades t = new PluginTrades(db);
            openTrade = t.v3(100L, 101L, DAY1, TradeStatus.OPEN, null, LogicRoute.LOGIC1);
            t.v3(200L, 201L, DAY1, TradeStatus.CLOSED, 5.0, LogicRoute.LOGIC1);
            t.m1(300L, DAY2, true, -2.0);
        }
        try (DatabaseService db = DatabaseService.open(b)) {
            PluginTrades t = new PluginTrades(db);
            t.v3(100L, 101L, DAY1, TradeStatus.CLOSED, 7.0, LogicRoute.LOGIC2); // the same ticket as host a's
            t.h1(400L, DAY2, false, null);
        }
        sync(a, "host-a");
        sync(b, "host-b");
        assertThat(rollup()).containsExactly(
                "host-a|combined_v3|2026-11-20|2|1|1|5.0",
                "host-a|price_action_1m|2026-11-21|1|1|0|-2.0",
                "host-b|combined_v3|2026-11-20|1|1|1|7.0",
                "host-b|price_action_1h|2026-11-21|1|0|0|0.0");
        assertThat(verify()).isEmpty();

        // The sync's path for a trade it had already aggregated: host a's open trade closes with a profit.
        try (DatabaseService db = DatabaseService.open(a)) {
            db.plugin(DatabaseKey.V3_COMBINED).write(ctx -> ctx.update(COMBINED_V3_TRADES)
                    .set(COMBINED_V3_TRADES.STATUS, TradeStatus.CLOSED)
                    .set(COMBINED_V3_TRADES.ORDER_A_STATUS, OrderStatus.CLOSED)
                    .set(COMBINED_V3_TRADES.ORDER_B_STATUS, OrderStatus.CLOSED)
                    .set(COMBINED_V3_TRADES.EXIT_TIME, DAY1.plusHours(2))
                    .set(COMBINED_V3_TRADES.TOTAL_PROFIT_DOLLARS, 3.0)
                    .where(COMBINED_V3_TRADES.ID.eq(openTrade)).execute());
        }
        sync(a, "host-a");
        assertThat(rollup()).contains("host-a|combined_v3|2026-11-20|2|2|2|8.0");
        assertThat(verify()).isEmpty();
        assertThat(dashboard(null)).containsExactly(5L, 4L, 3L, 1300L);
        assertThat(dashboard("host-a")).containsExactly(3L, 3L, 2L, 600L);

        // Manual writes by the owner go through the trigger: an UPDATE moving host b's trade a day on,
        // a DELETE of host a's 1m trade, an INSERT as a third instance.
        execute("UPDATE aggregated_trades SET entry_time = entry_time + interval '1 day'"
                + " WHERE instance_id = 'host-b' AND plugin_id = 'combined_v3'");
        execute("DELETE FROM aggregated_trades WHERE instance_id = 'host-a' AND plugin_id = 'price_action_1m'");
        execute("INSERT INTO aggregated_trades (instance_id, plugin_id, plugin_type, mt5_ticket, symbol, entry_time,"
                + " profit_dollars, status) VALUES ('host-c', 'combined_v3', 'V3_COMBINED', 100, 'EURUSD',"
                + " '2026-11-20 23:59:59.999', 4.5, 'CLOSED')");
        assertThat(rollup()).containsExactly(
                "host-a|combined_v3|2026-11-20|2|2|2|8.0",
                "host-b|combined_v3|2026-11-21|1|1|1|7.0",
                "host-b|price_action_1h|2026-11-21|1|0|0|0.0",
                "host-c|combined_v3|2026-11-20|1|1|1|4.5");
        assertThat(verify()).isEmpty();

        // A write made around the trigger (the sync's gate set by hand) is what verify's recount names.
        try (Connection c = pg.connect(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("SELECT set_config('zepix.daily_totals_kept_by_sync', 'on', true)");
            st.execute("UPDATE aggregated_trades SET profit_dollars = 1000 WHERE instance_id = 'host-c'");
            c.commit();
        }
        assertThat(verify()).singleElement().asString()
                .startsWith("aggregated_daily_totals differs from a recount of aggregated_trades on 1 day(s),"
                        + " first host-c combined_v3 2026-11-20: stored 1 trades, 1 closed, 1 winning, $4.50,"
                        + " recounted 1 trades, 1 closed, 1 winning, $1000.00");
    }

    private void sync(Path dataDir, String instance) {
        SyncReport report = new TradeSync(dataDir, SqliteSettings.durable(), PluginTradeSources.all(), Clock.systemUTC(),
                CentralChoice.postgres(central, new InstanceId(instance))).runOnce();
        assertThat(report.anyFailed()).as(report.plugins().toString()).isFalse();
    }

    /** What verify says about the PostgreSQL central. */
    private List<String> verify() {
        List<String> problems = new ArrayList<>();
        PostgresCentralVerify.check(central, problems);
        return problems;
    }

    /** trades, closed, winners, profit in cents, as the dashboard shows them over both days. */
    private List<Long> dashboard(String instance) {
        try (DatabaseService db = CentralChoice.postgres(central, new InstanceId("reader"))
                .openCentral(root, SqliteSettings.durable())) {
            DashboardQueries queries = new DashboardQueries(db.plugin(DatabaseKey.CENTRAL_SYSTEM));
            RangeTotals t = instance == null ? queries.dashboard(BOTH_DAYS).total()
                    : queries.dashboard(BOTH_DAYS, new InstanceId(instance)).total();
            return List.of((long) t.trades(), (long) t.closed(), (long) t.winners(), Math.round(t.profitDollars() * 100));
        }
    }

    private List<String> rollup() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = pg.connect(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT instance_id, plugin_id, day, trades, closed_trades,"
                        + " winning_trades, profit_dollars FROM aggregated_daily_totals ORDER BY 1, 2, 3")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getInt(4) + "|"
                        + rs.getInt(5) + "|" + rs.getInt(6) + "|" + rs.getDouble(7));
            }
        }
        return rows;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = pg.connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
