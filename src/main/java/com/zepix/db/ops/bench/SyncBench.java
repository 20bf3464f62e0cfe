package com.zepix.db.ops.bench;

import com.zepix.db.central.DashboardQueries;
import com.zepix.db.central.PluginDayTotals;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.DayRange;
import com.zepix.db.core.SqliteConnections;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.ops.CentralChoice;
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
import java.util.List;

/**
 * Cases 4 and 5: the first sync of the whole history, an incremental sync after a few new
 * trades, and the dashboard query over the aggregated rows that the sync produced.
 */
final class SyncBench {

    record Result(Samples fullSyncMillis, Samples incrementalSyncMillis, Samples dashboardMillis, long aggregatedRows) {
    }

    private SyncBench() {
    }

    static Result run(Path dataDir, BenchSizes sizes) throws SQLException {
        return run(dataDir, sizes, CentralChoice.sqlite());
    }

    /** The same cases into {@code central}: the data folder's SQLite file, or a PostgreSQL server. */
    static Result run(Path dataDir, BenchSizes sizes, CentralChoice central) throws SQLException {
        TradeGenerator generator = new TradeGenerator(dataDir, sizes.dashboardDays());
        generator.add(sizes.syncTrades());
        TradeSync sync = new TradeSync(dataDir, SqliteSettings.durable(), PluginTradeSources.all(), Clock.systemUTC(),
                central);
        int syncRuns = Math.min(3, sizes.runs());

        List<Double> full = new ArrayList<>();
        for (int i = 0; i < syncRuns; i++) {
            forgetSyncs(dataDir, central);
            long start = System.nanoTime();
            SyncReport report = sync.runOnce();
            full.add((System.nanoTime() - start) / 1e6);
            requireClean(report);
        }

        List<Double> incremental = new ArrayList<>();
        for (int i = 0; i < syncRuns; i++) {
            generator.add(sizes.newTrades());
            long start = System.nanoTime();
            SyncReport report = sync.runOnce();
            incremental.add((System.nanoTime() - start) / 1e6);
            requireClean(report);
        }

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        DayRange days = new DayRange(today.minusDays(sizes.dashboardDays() - 1L), today);
        long[] rows = new long[1];
        Samples dashboard;
        try (DatabaseService db = central.openCentral(dataDir, SqliteSettings.durable())) {
            DashboardQueries queries = new DashboardQueries(db);
            dashboard = Bench.millis(sizes.queryRuns(), () -> {
                List<PluginDayTotals> totals = queries.totalsPerPluginPerDay(days);
                rows[0] = totals.stream().mapToLong(PluginDayTotals::trades).sum();
            });
        }
        return new Result(new Samples(full), new Samples(incremental), dashboard, rows[0]);
    }

    /** Back to "never synced": the next run is a first sync again. */
    private static void forgetSyncs(Path dataDir, CentralChoice central) throws SQLException {
        if (central.isPostgres()) {
            forgetPostgresSyncs(central);
            return;
        }
        try (Connection c = SqliteConnections.openForWriting(DatabaseFile.CENTRAL.in(dataDir), SqliteSettings.durable());
                Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM aggregated_trades");
            st.executeUpdate("DELETE FROM sync_status");
            st.executeUpdate("DELETE FROM system_config WHERE key LIKE 'sync.cursor.%'");
        }
    }

    /** The benchmark's own instance's rows only: a PostgreSQL central may hold other hosts' too. */
    static void forgetPostgresSyncs(CentralChoice central) throws SQLException {
        String instance = central.instance().value();
        try (Connection c = central.postgres().connect()) {
            for (String sql : new String[] {"DELETE FROM aggregated_trades WHERE instance_id = ?",
                    "DELETE FROM sync_status WHERE instance_id = ?",
                    "DELETE FROM system_config WHERE key LIKE 'sync.cursor.' || ? || '.%'"}) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, instance);
                    ps.executeUpdate();
                }
            }
        }
    }

    private static void requireClean(SyncReport report) {
        if (report.anyFailed()) {
            throw new IllegalStateException("a sync in the benchmark failed: " + report.plugins());
        }
    }
}
