package com.zepix.db.ops.bench;

import com.zepix.db.core.SqliteSettings;
import com.zepix.db.ops.InitOperation;
import com.zepix.db.ops.ProgressListener;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The six cases of the benchmark, each on fresh databases made by the real migrations and opened
 * with the production settings, in one process so the ratios compare like with like.
 */
public final class Benchmark {

    /** Cases 1, 2, 3, 4+5 and 6: the steps the progress counts. */
    private static final int STEPS = 5;
    private static final String LABEL = "bench";

    private final BenchSizes sizes;
    private final Path workDir;
    private final ProgressListener progress;
    private int stepsDone;

    /** @param progress hears how many of the five steps are done; null for none */
    public Benchmark(BenchSizes sizes, Path workDir, ProgressListener progress) {
        this.sizes = sizes;
        this.workDir = workDir;
        this.progress = ProgressListener.orNone(progress);
    }

    public BenchReport run() throws SQLException, InterruptedException {
        try {
            return runCases();
        } finally {
            progress.finished(LABEL);
        }
    }

    private BenchReport runCases() throws SQLException, InterruptedException {
        BenchReport report = new BenchReport(MachineDescription.current());
        SqliteSettings full = SqliteSettings.durable();
        SqliteSettings normal = full.withNormalSync();

        step("1: single durable inserts (" + sizes.singleInserts() + " per run)");
        Samples storeFull = SingleInsertBench.store(fresh("single-store"), full, sizes.singleInserts(), sizes.runs());
        Samples rawFull = SingleInsertBench.rawJdbc(fresh("single-raw"), full, sizes.singleInserts(), sizes.runs());
        rate(report, "1 single insert, sync=FULL", "raw JDBC PreparedStatement", rawFull, null);
        rate(report, "1 single insert, sync=FULL", "store API (jOOQ, guarded)", storeFull, rawFull);

        step("2: bulk insert of " + sizes.bulkRows() + " rows in one transaction");
        var signals = SingleInsertBench.signals(sizes.bulkRows());
        Samples bulkRaw = BulkInsertBench.rawJdbc(fresh("bulk-raw"), signals, sizes.runs());
        Samples bulkJooq = BulkInsertBench.jooq(fresh("bulk-jooq"), signals, sizes.runs());
        rate(report, "2 bulk insert, one transaction", "raw JDBC batch", bulkRaw, null);
        rate(report, "2 bulk insert, one transaction", "jOOQ batch (one prepared insert)", bulkJooq, bulkRaw);

        step("3: five concurrent writers for " + sizes.writerMillis() + " ms");
        var writers = ConcurrentWritersBench.run(fresh("writers"), sizes.writerMillis());
        report.add(new BenchRow("3 five concurrent writers", "commits/s (V3 + 4 V6 on one file)",
                writers.commitsPerSecond(), "commits/s", null, writers.commits() + " commits in one run", null));
        report.add(new BenchRow("3 five concurrent writers", "errors", writers.errors(), "count", null, "must be 0", null));
        report.add(new BenchRow("3 five concurrent writers", "lost rows", writers.lostRows(), "count", null, "must be 0", null));

        step("4+5: sync of " + sizes.syncTrades() + " trades, then +" + sizes.newTrades() + "; dashboard query");
        var sync = SyncBench.run(fresh("sync"), sizes);
        millis(report, "4 sync", "first sync, " + sizes.syncTrades() + " trades", sync.fullSyncMillis(), null);
        millis(report, "4 sync", "incremental, +" + sizes.newTrades() + " trades", sync.incrementalSyncMillis(),
                sync.fullSyncMillis());
        Samples q = sync.dashboardMillis();
        report.add(new BenchRow("5 dashboard, " + sizes.dashboardDays() + " days", "median latency", q.median(), "ms",
                BenchRow.Spread.of(q), sync.aggregatedRows() + " trades", null));
        report.add(new BenchRow("5 dashboard, " + sizes.dashboardDays() + " days", "p99 latency", q.percentile(99),
                "ms", null, "nearest rank of " + q.values().size(), null));

        step("6: single durable inserts, sync=NORMAL");
        Samples storeNormal = SingleInsertBench.store(fresh("single-normal"), normal, sizes.singleInserts(), sizes.runs());
        rate(report, "6 single insert, FULL vs NORMAL", "store API, sync=FULL (case 1)", storeFull, null);
        rate(report, "6 single insert, FULL vs NORMAL", "store API, sync=NORMAL", storeNormal, storeFull);
        step("done");
        return report;
    }

    /** Called as each step starts (and once at the end): the steps before it are done. */
    private void step(String what) {
        progress.progress(LABEL, stepsDone++, STEPS);
    }

    private static void rate(BenchReport report, String benchCase, String variant, Samples s, Samples baseline) {
        report.add(new BenchRow(benchCase, variant, s.median(), "rows/s", BenchRow.Spread.of(s), null,
                baseline == null ? null : s.median() / baseline.median()));
    }

    private static void millis(BenchReport report, String benchCase, String variant, Samples s, Samples baseline) {
        report.add(new BenchRow(benchCase, variant, s.median(), "ms", BenchRow.Spread.of(s), null,
                baseline == null ? null : s.median() / baseline.median()));
    }

    /** A new data directory with the three databases, made by {@code init} itself. */
    private Path fresh(String name) {
        Path dir = workDir.resolve(name);
        new InitOperation(dir).run();
        return dir;
    }

}
