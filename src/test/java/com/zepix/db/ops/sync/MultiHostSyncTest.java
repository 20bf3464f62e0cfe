package com.zepix.db.ops.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.central.DashboardQueries;
import com.zepix.db.central.PluginDayTotals;
import com.zepix.db.central.RangeTotals;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.DayRange;
import com.zepix.db.core.InstanceId;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.PostgresCentral;
import com.zepix.db.core.SchemaMigrations;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.core.TradeSource;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.core.TradeSummary;
import com.zepix.db.ops.checks.DailyTotalsCheck;
import com.zepix.db.ops.server.CentralChoice;
import com.zepix.db.testsupport.OpsFixtures;
import com.zepix.db.testsupport.PluginTrades;
import com.zepix.db.testsupport.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three simulated hosts, each with its own data folder (V3 and V6 files), sync into one
 * PostgreSQL central at the same time while their plugins keep writing trades. The hosts use the
 * same MT5 ticket numbers on purpose: only the instance id keeps their rows apart.
 */
class MultiHostSyncTest {

    private static final int HOSTS = 3;
    private static final int ROUNDS = 10;
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 20, 9, 0);

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
    void three_hosts_syncing_ten_rounds_at_once_while_trades_arrive_end_with_exactly_the_union() throws Exception {
        List<Path> hosts = new ArrayList<>();
        for (int h = 0; h < HOSTS; h++) {
            hosts.add(OpsFixtures.initialisedDataDir(root.resolve("host-" + h)));
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2 * HOSTS);
        long start = System.nanoTime();
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (Path host : hosts) {
                writers.add(pool.submit(() -> writeTradesWhile(host, writing, written)));
            }
            List<Future<List<SyncReport>>> syncers = new ArrayList<>();
            for (int h = 0; h < HOSTS; h++) {
                TradeSync sync = syncOf(hosts.get(h), "host-" + h);
                syncers.add(pool.submit(() -> {
                    List<SyncReport> reports = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        reports.add(sync.runOnce());
                    }
                    return reports;
                }));
            }
            int syncedDuringRounds = 0;
            for (Future<List<SyncReport>> syncer : syncers) {
                for (SyncReport report : syncer.get(5, TimeUnit.MINUTES)) {
                    assertThat(report.anyFailed()).as(report.plugins().toString()).isFalse();
                    syncedDuringRounds += report.totalSynced();
                }
            }
            writing.set(false);
            for (Future<?> writer : writers) {
                writer.get(1, TimeUnit.MINUTES);
            }
            // The trades written after each host's tenth round: one more round picks them up.
            for (int h = 0; h < HOSTS; h++) {
                assertThat(syncOf(hosts.get(h), "host-" + h).runOnce().anyFailed()).isFalse();
            }
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();

            Set<String> union = new TreeSet<>();
            for (int h = 0; h < HOSTS; h++) {
                union.addAll(tradesOf(hosts.get(h), "host-" + h));
            }
            List<String> aggregated = aggregatedRows();
            assertThat(aggregated).doesNotHaveDuplicates();
            assertThat(new TreeSet<>(aggregated)).isEqualTo(union);
            assertThat(count("SELECT count(DISTINCT mt5_ticket) FROM aggregated_trades"))
                    .as("the hosts reuse each other's tickets").isLessThan(aggregated.size());
            assertThat(count("SELECT count(*) FROM sync_status WHERE last_sync_success")).isEqualTo(HOSTS * 5L);
            dashboardAnswersPerInstanceAndAcrossAll(hosts.get(0), union);
            System.out.printf("multi-host sync: %d hosts x %d rounds (+1 final), %d trades written meanwhile,"
                    + " %d upserts during the rounds, %d aggregated rows = union of the hosts' trades, %d ms%n",
                    HOSTS, ROUNDS, written.get(), syncedDuringRounds, aggregated.size(), millis);
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
    }

    @Test
    void a_host_killed_inside_its_central_transaction_leaves_nothing_and_its_next_run_completes_it() throws Exception {
        Path killed = OpsFixtures.initialisedDataDir(root.resolve("killed"));
        Path other = OpsFixtures.initialisedDataDir(root.resolve("other"));
        addTrades(killed, 0, 20);
        addTrades(other, 0, 20);
        assertThat(syncOf(killed, "killed").runOnce().anyFailed()).isFalse();
        List<String> before = aggregatedRows();
        addTrades(killed, 20, 40);

        Path marker = root.resolve("inside-transaction");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KilledHostSync.class.getName(), killed.toString(), pg.url(), "killed", marker.toString())
                .redirectErrorStream(true).redirectOutput(root.resolve("child.log").toFile());
        // The child finds its password the other documented way: the pgpass file.
        builder.environment().remove("PGPASSWORD");
        builder.environment().put("PGUSER", TestPostgres.ROLE);
        builder.environment().put("PGPASSFILE", TestPostgres.passFile().toString());
        Process child = builder.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!Files.exists(marker) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(Files.exists(marker)).as("the child reached its central transaction: "
                    + (Files.exists(root.resolve("child.log")) ? Files.readString(root.resolve("child.log")) : "")).isTrue();
            // Meanwhile another host syncs: the killed host's open transaction does not block it.
            assertThat(syncOf(other, "other").runOnce().anyFailed()).isFalse();
        } finally {
            child.destroyForcibly(); // SIGKILL: no rollback from the client, the server sees the socket close
            assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        List<String> killedRowsAfterKill = aggregatedRows().stream().filter(r -> r.startsWith("killed|")).toList();
        assertThat(killedRowsAfterKill).as("all or nothing: none of the killed run's rows")
                .isEqualTo(before.stream().filter(r -> r.startsWith("killed|")).toList());

        SyncReport rerun = syncOf(killed, "killed").runOnce();
        assertThat(rerun.anyFailed()).isFalse();
        Set<String> union = new TreeSet<>(tradesOf(killed, "killed"));
        union.addAll(tradesOf(other, "other"));
        assertThat(new TreeSet<>(aggregatedRows())).isEqualTo(union);
        assertThat(aggregatedRows()).hasSize(union.size());
        assertRollupMatchesRecount();
    }

    /** The dashboard over the shared central: one instance's figures, and all instances' together. */
    private void dashboardAnswersPerInstanceAndAcrossAll(Path anyHost, Set<String> union) {
        DayRange days = new DayRange(T0.toLocalDate(), T0.toLocalDate().plusDays(2));
        try (DatabaseService db = CentralChoice.postgres(central, new InstanceId("host-0"))
                .openCentral(anyHost, SqliteSettings.durable())) {
            DashboardQueries dashboard = new DashboardQueries(db.plugin(com.zepix.db.core.DatabaseKey.CENTRAL_SYSTEM));
            assertThat(dashboard.instances()).extracting(InstanceId::value).containsExactly("host-0", "host-1", "host-2");
            List<PluginDayTotals> all = dashboard.totalsPerPluginPerDay(days);
            assertThat(all.stream().mapToInt(PluginDayTotals::trades).sum()).isEqualTo(union.size());
            int perInstanceSum = 0;
            for (InstanceId instance : dashboard.instances()) {
                List<PluginDayTotals> one = dashboard.totalsPerPluginPerDay(days, instance);
                long expected = union.stream().filter(r -> r.startsWith(instance.value() + "|")).count();
                assertThat(one.stream().mapToInt(PluginDayTotals::trades).sum()).as(instance.value()).isEqualTo(expected);
                perInstanceSum += one.stream().mapToInt(PluginDayTotals::trades).sum();
            }
            assertThat(perInstanceSum).isEqualTo(union.size());

            // The rollup the dashboard reads against a recount of the trades, all hosts and each.
            assertThat(totals(dashboard.dashboard(days).total())).isEqualTo(recount(days, null));
            for (InstanceId instance : dashboard.instances()) {
                assertThat(totals(dashboard.dashboard(days, instance).total())).as(instance.value())
                        .isEqualTo(recount(days, instance.value()));
            }
        }
        assertRollupMatchesRecount();
    }

    /** trades, closed, winners and the profit in cents: what the dashboard shows for a range. */
    private static List<Long> totals(RangeTotals t) {
        return List.of((long) t.trades(), (long) t.closed(), (long) t.winners(), Math.round(t.profitDollars() * 100));
    }

    private List<Long> recount(DayRange days, String instance) {
        String sql = "SELECT count(*), count(*) FILTER (WHERE status = 'CLOSED'),"
                + " count(*) FILTER (WHERE status = 'CLOSED' AND profit_dollars > 0),"
                + " round(coalesce(sum(profit_dollars), 0)::numeric * 100)"
                + " FROM aggregated_trades WHERE entry_time >= '" + days.start() + "' AND entry_time < '" + days.end() + "'"
                + (instance == null ? "" : " AND instance_id = '" + instance + "'");
        try (Connection c = pg.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** verify's recount of the rollup, per instance, plugin and day, finds nothing. */
    private void assertRollupMatchesRecount() {
        try (Connection c = pg.connect()) {
            assertThat(DailyTotalsCheck.problemsOnServer(c)).isEmpty();
            assertThat(count("SELECT count(*) FROM aggregated_daily_totals")).isPositive();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private TradeSync syncOf(Path dataDir, String instance) {
        return new TradeSync(dataDir, SqliteSettings.durable(), PluginTradeSources.all(), Clock.systemUTC(),
                CentralChoice.postgres(central, new InstanceId(instance)));
    }

    /** A host's plugins at work: trades on every plugin, tickets counting up from 1 on each host. */
    private static void writeTradesWhile(Path host, AtomicBoolean writing, AtomicInteger written) {
        int n = 0;
        while (writing.get()) {
            addTrades(host, n, n + 2);
            written.addAndGet(2 * 5);
            n += 2;
        }
    }

    private static void addTrades(Path host, int from, int to) {
        try (DatabaseService db = DatabaseService.open(host, SqliteSettings.durable(), Set.of(DatabaseFile.V3, DatabaseFile.V6))) {
            PluginTrades t = new PluginTrades(db);
            for (int n = from; n < to; n++) {
                long ticket = 1_000L + 10L * n;
                LocalDateTime entry = T0.plusMinutes(n);
                boolean closed = n % 3 != 0;
                t.v3(ticket, ticket + 1, entry, closed ? TradeStatus.CLOSED : TradeStatus.OPEN, closed ? n * 1.5 : null,
                        LogicRoute.LOGIC1);
                t.m1(ticket + 2, entry, closed, closed ? -0.5 * n : null);
                t.m5(ticket + 3, ticket + 4, entry, closed ? TradeStatus.CLOSED : TradeStatus.PARTIAL, n * 0.25);
                t.m15(ticket + 5, entry, closed, closed ? 2.0 : null);
                t.h1(ticket + 6, entry, closed, closed ? 10.0 : null);
            }
        }
    }

    /** What the host's plugin files hold, as central must hold it: instance, plugin, ticket and values. */
    private static List<String> tradesOf(Path host, String instance) {
        List<String> rows = new ArrayList<>();
        try (DatabaseService db = DatabaseService.open(host, SqliteSettings.durable(), Set.of(DatabaseFile.V3, DatabaseFile.V6))) {
            for (TradeSource source : PluginTradeSources.all()) {
                for (TradeSummary t : source.changedSince(db.plugin(source.key()), 0, Set.of())) {
                    if (t.mt5Ticket() != null) {
                        rows.add(String.join("|", instance, source.pluginId(), String.valueOf(t.mt5Ticket()), t.symbol(),
                                String.valueOf(t.status()), String.valueOf(t.profitDollars()), String.valueOf(t.entryTime())));
                    }
                }
            }
        }
        return rows;
    }

    private List<String> aggregatedRows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = pg.connect(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT instance_id, plugin_id, mt5_ticket, symbol, status, profit_dollars,"
                        + " entry_time FROM aggregated_trades")) {
            while (rs.next()) {
                Object profit = rs.getObject(6);
                rows.add(String.join("|", rs.getString(1), rs.getString(2), String.valueOf(rs.getLong(3)), rs.getString(4),
                        rs.getString(5), String.valueOf(profit),
                        String.valueOf(rs.getObject(7, LocalDateTime.class))));
            }
        }
        return rows;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = pg.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
