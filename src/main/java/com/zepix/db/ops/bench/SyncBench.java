package com.zepix.db.ops.bench;

import com.zepix.db.central.Dashboard;
import com.zepix.db.central.DashboardQueries;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.DayRange;
import com.zepix.db.core.SqliteConnections;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.ops.server.CentralChoice;
import com.zepix.db.ops.sync.PluginTradeSources;
import com.zepix.db.ops.sync.SyncReport;
import com.zepix.db.ops.sync.TradeSync;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cases 4 and 5: the first sync of the whole history against a raw JDBC copy of the same rows
 * (interleaved rounds), an incremental sync after a few new trades, and the dashboard over the
 * aggregated rows the sync produced, for today, the last 7 and the last 90 days.
 */
final class SyncBench {

    /** Dashboard ranges by the suffix of their row id. */
    static final Map<String, Integer> DASHBOARD_DAYS = orderedDays();

    record Result(Rounds.Figures firstSync, Samples incrementalMillis, Samples incrementalRatio,
            Map<String, Samples> dashboardMillis, long aggregatedRows) {
    }

    /** Case 8: the first sync's rounds (ms) and the dashboard's latencies into a PostgreSQL central. */
    record ServerResult(Samples firstSyncMillis, Map<String, Samples> dashboardMillis, long aggregatedRows) {
    }

    private SyncBench() {
    }

    private static Map<String, Integer> orderedDays() {
        Map<String, Integer> days = new LinkedHashMap<>();
        days.put("1d", 1);
        days.put("7d", 7);
        days.put("90d", 90);
        return days;
    }

    /** figures variant 0: the store's first sync (ms); variant 1: the raw copy (ms). */
    static Result run(Path dataDir, Path rawCentral, BenchSizes sizes) throws SQLException {
        TradeGenerator generator = new TradeGenerator(dataDir, sizes.dashboardDays());
        generator.add(sizes.syncTrades());
        TradeSync sync = new TradeSync(dataDir, SqliteSettings.durable(), PluginTradeSources.all(), Clock.systemUTC());
        Path raw = RawSyncCopy.target(DatabaseFile.CENTRAL.in(dataDir), rawCentral);

        Rounds.Figures first = Rounds.run(sizes.runs(), List.of(
                () -> {
                    forgetSyncs(dataDir);
                    long start = System.nanoTime();
                    requireClean(sync.runOnce());
                    return Rounds.millisSince(start);
                },
                () -> {
                    RawSyncCopy.empty(raw);
                    long start = System.nanoTime();
                    RawSyncCopy.copy(dataDir, raw);
                    return Rounds.millisSince(start);
                }));

        // The store's central now holds the whole history (the raw copy writes elsewhere).
        List<Double> incremental = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < sizes.runs(); i++) {
            generator.add(sizes.newTrades());
            long start = System.nanoTime();
            requireClean(sync.runOnce());
            double ms = Rounds.millisSince(start);
            incremental.add(ms);
            ratios.add(ms / first.figures()[0][i]);
        }

        // The sync runs above left a million trades' worth of garbage in this JVM; a dashboard in
        // the bot does not inherit another job's collection debt, so it is paid here, unmeasured.
        System.gc();
        Map<String, Samples> dashboard = new LinkedHashMap<>();
        long rows = dashboard(dataDir, CentralChoice.sqlite(), sizes, dashboard);
        return new Result(first, new Samples(incremental), new Samples(ratios), dashboard, rows);
    }

    /**
     * Case 8: the same history's first sync into a PostgreSQL central (as the benchmark's own
     * instance, whose rows are deleted before each round and at the end), then the dashboard there.
     */
    static ServerResult runOnServer(Path dataDir, BenchSizes sizes, CentralChoice central) throws SQLException {
        TradeGenerator generator = new TradeGenerator(dataDir, sizes.dashboardDays());
        generator.add(sizes.syncTrades());
        TradeSync sync = new TradeSync(dataDir, SqliteSettings.durable(), PluginTradeSources.all(), Clock.systemUTC(),
                central);
        try {
            List<Double> first = new ArrayList<>();
            for (int i = 0; i < sizes.runs(); i++) {
                forgetServerSyncs(central);
                long start = System.nanoTime();
                requireClean(sync.runOnce());
                first.add(Rounds.millisSince(start));
            }
            System.gc(); // as before case 5's dashboard: the syncs' garbage is not the dashboard's cost
            Map<String, Samples> dashboard = new LinkedHashMap<>();
            long rows = dashboard(dataDir, central, sizes, dashboard);
            return new ServerResult(new Samples(first), dashboard, rows);
        } finally {
            forgetServerSyncs(central);
        }
    }

    /** Fills {@code into} with the dashboard's latencies per range; returns the most trades one range counted. */
    private static long dashboard(Path dataDir, CentralChoice central, BenchSizes sizes, Map<String, Samples> into) {
        long rows = 0;
        try (DatabaseService db = central.openCentral(dataDir, SqliteSettings.durable())) {
            DashboardQueries queries = new DashboardQueries(db.plugin(DatabaseKey.CENTRAL_SYSTEM));
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            for (Map.Entry<String, Integer> e : DASHBOARD_DAYS.entrySet()) {
                DayRange range = new DayRange(today.minusDays(e.getValue() - 1L), today);
                queries.dashboard(range); // warm-up
                List<Double> millis = new ArrayList<>();
                for (int i = 0; i < sizes.queryRuns(); i++) {
                    long start = System.nanoTime();
                    Dashboard d = queries.dashboard(range);
                    millis.add(Rounds.millisSince(start));
                    rows = Math.max(rows, d.total().trades());
                }
                into.put(e.getKey(), new Samples(millis));
            }
        }
        return rows;
    }

    /**
     * The benchmark's own instance's rows only: a PostgreSQL central may hold other hosts' too. The
     * rollup is emptied with the trades, with the sync's gate set so its trigger does not count a
     * million deletes one by one.
     */
    static void forgetServerSyncs(CentralChoice central) throws SQLException {
        String instance = central.instance().value();
        try (Connection c = central.postgres().connect()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("SELECT set_config('zepix.daily_totals_kept_by_sync', 'on', true)");
            }
            for (String sql : new String[] {"DELETE FROM aggregated_trades WHERE instance_id = ?",
                    "DELETE FROM aggregated_daily_totals WHERE instance_id = ?",
                    "DELETE FROM sync_status WHERE instance_id = ?",
                    "DELETE FROM system_config WHERE key LIKE 'sync.cursor.' || ? || '.%'"}) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, instance);
                    ps.executeUpdate();
                }
            }
            c.commit();
        }
    }

    /**
     * Back to "never synced": the next run is a first sync again. The rollup is emptied with the
     * trades, holding the sync's gate so its triggers do not count a million deletes one by one.
     */
    private static void forgetSyncs(Path dataDir) throws SQLException {
        try (Connection c = SqliteConnections.openForWriting(DatabaseFile.CENTRAL.in(dataDir), SqliteSettings.durable());
                Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.executeUpdate("INSERT INTO system_config (key, value) VALUES ('aggregated_daily_totals.kept_by_sync', 'bench')");
            st.executeUpdate("DELETE FROM aggregated_trades");
            st.executeUpdate("DELETE FROM aggregated_daily_totals");
            st.executeUpdate("DELETE FROM system_config WHERE key = 'aggregated_daily_totals.kept_by_sync'");
            st.executeUpdate("DELETE FROM sync_status");
            st.executeUpdate("DELETE FROM system_config WHERE key LIKE 'sync.cursor.%'");
            c.commit();
        }
    }

    private static void requireClean(SyncReport report) {
        if (report.anyFailed()) {
            throw new IllegalStateException("a sync in the benchmark failed: " + report.plugins());
        }
    }
}
