package com.zepix.db.ops.bench;

import com.zepix.db.core.SqliteSettings;
import com.zepix.db.ops.CentralChoice;
import com.zepix.db.ops.InitOperation;
import com.zepix.db.ops.ProgressListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

/**
 * The seven cases of the benchmark, each on fresh databases made by the real migrations and opened
 * with the production settings, in one process so the ratios compare like with like.
 */
public final class Benchmark {

    /** Cases 1, 2, 3, 4+5, 6 and 7 (and 8 with a PostgreSQL central): the steps the progress counts. */
    private static final int STEPS = 6;
    private static final String LABEL = "bench";

    private final BenchSizes sizes;
    private final Path workDir;
    private final ProgressListener progress;
    private final CentralChoice postgres;
    private int stepsDone;

    /** @param progress hears how many of the six steps are done; null for none */
    public Benchmark(BenchSizes sizes, Path workDir, ProgressListener progress) {
        this(sizes, workDir, progress, null);
    }

    /**
     * @param progress hears how many of the steps are done; null for none
     * @param postgres a PostgreSQL central for case 8 (the benchmark syncs into it as its own
     *     instance, and deletes that instance's rows before each first sync and at the end), or null
     */
    public Benchmark(BenchSizes sizes, Path workDir, ProgressListener progress, CentralChoice postgres) {
        this.sizes = sizes;
        this.workDir = workDir;
        this.progress = ProgressListener.orNone(progress);
        this.postgres = postgres;
    }

    public BenchReport run() throws SQLException, InterruptedException {
        return run(Set.of());
    }

    /** Runs only the numbered cases (all of them when {@code cases} is empty). */
    public BenchReport run(Set<Integer> cases) throws SQLException, InterruptedException {
        try {
            return runCases(cases);
        } finally {
            progress.finished(LABEL);
        }
    }

    private BenchReport runCases(Set<Integer> cases) throws SQLException, InterruptedException {
        BenchReport report = new BenchReport(MachineDescription.current());
        IntPredicate wanted = n -> cases.isEmpty() || cases.contains(n);
        SqliteSettings full = SqliteSettings.durable();
        Samples storeFull = wanted.test(1) || wanted.test(6) ? singleInserts(report, full) : null;
        if (wanted.test(2)) {
            bulkInsert(report);
        }
        if (wanted.test(3)) {
            concurrentWriters(report);
        }
        SyncBench.Result sqliteSync = null;
        if (wanted.test(4) || wanted.test(5)) {
            sqliteSync = syncAndDashboard(report);
        }
        if (wanted.test(6)) {
            step("6: single durable inserts, sync=NORMAL");
            Samples storeNormal = SingleInsertBench.store(fresh("single-normal"), full.withNormalSync(),
                    sizes.singleInserts(), sizes.runs());
            rate(report, "6 single insert, FULL vs NORMAL", "store API, sync=FULL (case 1)", storeFull, null);
            rate(report, "6 single insert, FULL vs NORMAL", "store API, sync=NORMAL", storeNormal, storeFull);
        }
        if (wanted.test(7)) {
            isolationGuard(report);
        }
        if (postgres != null && wanted.test(8)) {
            postgresCentral(report, sqliteSync);
        }
        step("done");
        return report;
    }

    private Samples singleInserts(BenchReport report, SqliteSettings full) {
        step("1: single durable inserts (" + sizes.singleInserts() + " per run)");
        Samples storeFull = SingleInsertBench.store(fresh("single-store"), full, sizes.singleInserts(), sizes.runs());
        Samples rawFull = SingleInsertBench.rawJdbc(fresh("single-raw"), full, sizes.singleInserts(), sizes.runs());
        rate(report, "1 single insert, sync=FULL", "raw JDBC PreparedStatement", rawFull, null);
        rate(report, "1 single insert, sync=FULL", "store API (jOOQ, guarded)", storeFull, rawFull);
        return storeFull;
    }

    private void bulkInsert(BenchReport report) {
        step("2: bulk insert of " + sizes.bulkRows() + " rows in one transaction");
        var signals = SingleInsertBench.signals(sizes.bulkRows());
        Samples bulkRaw = BulkInsertBench.rawJdbc(fresh("bulk-raw"), signals, sizes.runs());
        Samples bulkJooq = BulkInsertBench.jooq(fresh("bulk-jooq"), signals, sizes.runs());
        rate(report, "2 bulk insert, one transaction", "raw JDBC batch", bulkRaw, null);
        rate(report, "2 bulk insert, one transaction", "jOOQ batch (one prepared insert)", bulkJooq, bulkRaw);
    }

    private void concurrentWriters(BenchReport report) throws InterruptedException {
        step("3: five concurrent writers for " + sizes.writerMillis() + " ms");
        var writers = ConcurrentWritersBench.run(fresh("writers"), sizes.writerMillis());
        report.add(new BenchRow("3 five concurrent writers", "commits/s (V3 + 4 V6 on one file)",
                writers.commitsPerSecond(), "commits/s", null, writers.commits() + " commits in one run", null));
        report.add(new BenchRow("3 five concurrent writers", "errors", writers.errors(), "count", null, "must be 0", null));
        report.add(new BenchRow("3 five concurrent writers", "lost rows", writers.lostRows(), "count", null, "must be 0", null));
    }

    private SyncBench.Result syncAndDashboard(BenchReport report) throws SQLException {
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
        return sync;
    }

    /**
     * Case 8: case 4's first sync and case 5's dashboard query into a PostgreSQL central, each
     * against the SQLite figure of the same run (when cases 4 and 5 ran too).
     */
    private void postgresCentral(BenchReport report, SyncBench.Result sqlite) throws SQLException {
        step("8: first sync and dashboard query into PostgreSQL");
        Path dir = fresh("sync-postgres");
        new InitOperation(dir, postgres).run().failures().forEach(f -> {
            throw new IllegalStateException(f.problem());
        });
        String benchCase = "8 central on PostgreSQL";
        try {
            SyncBench.Result pg = SyncBench.run(dir, sizes, postgres);
            if (sqlite != null) {
                millis(report, benchCase, "first sync, " + sizes.syncTrades() + " trades, SQLite (case 4)",
                        sqlite.fullSyncMillis(), null);
            }
            millis(report, benchCase, "first sync, " + sizes.syncTrades() + " trades, PostgreSQL", pg.fullSyncMillis(),
                    sqlite == null ? null : sqlite.fullSyncMillis());
            if (sqlite != null) {
                millis(report, benchCase, "dashboard median, SQLite (case 5)", sqlite.dashboardMillis(), null);
            }
            Samples pq = pg.dashboardMillis();
            report.add(new BenchRow(benchCase, "dashboard median, PostgreSQL", pq.median(), "ms", BenchRow.Spread.of(pq),
                    pg.aggregatedRows() + " trades", sqlite == null ? null : pq.median() / sqlite.dashboardMillis().median()));
        } finally {
            SyncBench.forgetPostgresSyncs(postgres);
        }
    }

    /** Case 7: what the isolation guard adds to one statement, with a text it has seen and with a new one. */
    private void isolationGuard(BenchReport report) throws SQLException {
        step("7: isolation guard, " + sizes.guardStatements() + " statements and " + sizes.guardNewTexts()
                + " new texts per run");
        GuardBench.Result guard = GuardBench.run(fresh("guard"), sizes);
        perStatement(report, "raw JDBC, prepare + run + read", guard.raw(), null);
        perStatement(report, "guarded context, text seen before", guard.guardedSeen(), guard.raw());
        perStatement(report, "raw JDBC, a new text each time", guard.rawNew(), null);
        perStatement(report, "guarded context, a new text each time", guard.guardedNew(), guard.rawNew());
    }

    private static void perStatement(BenchReport report, String variant, Samples micros, Samples baseline) {
        report.add(new BenchRow("7 isolation guard, per statement", variant, micros.median(), "us/stmt",
                BenchRow.Spread.of(micros), null, baseline == null ? null : micros.median() / baseline.median()));
    }

    /** Called as each step starts (and once at the end): the steps before it are done. */
    private void step(String what) {
        progress.progress(LABEL, stepsDone++, postgres == null ? STEPS : STEPS + 1);
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

    /** Deletes what {@link #run()} wrote under {@code workDir}. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
