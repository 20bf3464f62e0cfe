package com.zepix.db.ops.bench;

import com.zepix.db.core.SqliteSettings;
import com.zepix.db.ops.ProgressListener;
import com.zepix.db.ops.init.InitOperation;
import com.zepix.db.ops.server.CentralChoice;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.sqlite.SQLiteConfig;

/**
 * The benchmark's cases, each on fresh databases made by the real migrations and opened with the
 * production settings, in one process; the variants of a case run in interleaved rounds so the
 * ratios compare figures measured side by side.
 */
public final class Benchmark {

    private static final String LABEL = "bench";

    private final BenchSizes sizes;
    private final Path workDir;
    private final ProgressListener progress;
    private final CentralChoice postgres;
    private int stepsDone;
    /** Cases 1+6, 2, 3, 4+5, 7 and 8, as far as they run: the steps the progress counts. */
    private int steps = 1;

    /** @param progress hears how many of the steps are done; null for none */
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

    /** Runs only the numbered cases (all of them when {@code cases} is empty); 1 and 6 run together. */
    public BenchReport run(Set<Integer> cases) throws SQLException, InterruptedException {
        try {
            BenchReport report = new BenchReport(MachineDescription.current(), sizes.describe());
            IntPredicate wanted = n -> cases.isEmpty() || cases.contains(n);
            // the bar counts the steps that run, so it ends at 100% (it counted six: a run of one case ended at 16%)
            steps = Math.max(1, (wanted.test(1) || wanted.test(6) ? 1 : 0) + (wanted.test(2) ? 1 : 0)
                    + (wanted.test(3) ? 1 : 0) + (wanted.test(4) || wanted.test(5) ? 1 : 0) + (wanted.test(7) ? 1 : 0)
                    + (postgres != null && wanted.test(8) ? 1 : 0));
            stepsDone = 0;
            if (wanted.test(1) || wanted.test(6)) {
                singleInserts(report);
            }
            if (wanted.test(2)) {
                bulkInsert(report);
            }
            if (wanted.test(3)) {
                writers(report);
            }
            SyncBench.Result sqliteSync = null;
            if (wanted.test(4) || wanted.test(5)) {
                sqliteSync = syncAndDashboard(report);
            }
            if (wanted.test(7)) {
                isolationGuard(report);
            }
            if (postgres != null && wanted.test(8)) {
                postgresCentral(report, sqliteSync);
            }
            step("done");
            return report;
        } finally {
            progress.finished(LABEL);
        }
    }

    private void singleInserts(BenchReport report) throws SQLException {
        step("1 and 6: single durable inserts (" + sizes.singleInserts() + " per round)");
        SqliteSettings full = SqliteSettings.durable();
        String c1 = "1 single insert, sync=FULL";
        try (var store = new SingleInsertBench.Store(fresh("single-store"), full, sizes.singleInserts());
                var raw = SingleInsertBench.Raw.autocommit(fresh("single-raw"), full, SQLiteConfig.JournalMode.WAL,
                        sizes.singleInserts());
                var architecture = SingleInsertBench.Raw.autocommit(fresh("single-architecture"), full,
                        SQLiteConfig.JournalMode.DELETE, sizes.singleInserts());
                var normal = new SingleInsertBench.Store(fresh("single-normal"), full.withNormalSync(),
                        sizes.singleInserts());
                var rawImmediate = SingleInsertBench.Raw.immediate(fresh("single-raw-immediate"), full,
                        sizes.singleInserts())) {
            // As many warm-up rounds as measured ones: the store's path through jOOQ reaches its
            // compiled steady state only after some 20,000 calls (a plugin's process runs for days),
            // while raw JDBC's short path is compiled almost at once. Every variant warms up alike.
            Rounds.Figures f = Rounds.run(sizes.runs(), sizes.runs(), List.of(store, raw, architecture, normal,
                    rawImmediate));
            report.add(BenchRow.of("single_insert.store_rows_per_s", c1, "store API (jOOQ, guarded, IMMEDIATE)",
                    f.of(0), "rows/s", ""));
            report.add(BenchRow.of("single_insert.raw_rows_per_s", c1,
                    "raw JDBC: reused PreparedStatement, generated keys off", f.of(1), "rows/s", ""));
            report.add(BenchRow.of("single_insert.architecture_style_rows_per_s", c1,
                    "raw JDBC, rollback journal, commit per insert", f.of(2), "rows/s", ""));
            report.add(BenchRow.ratio("single_insert.ratio_vs_raw", c1, "store / raw JDBC", f.ratio(0, 1), ""));
            report.add(BenchRow.ratio("single_insert.ratio_vs_architecture_style", c1,
                    "store / architecture style", f.ratio(0, 2), ""));
            report.add(BenchRow.ratio("single_insert.ratio_vs_raw_immediate", c1,
                    "store / raw JDBC with BEGIN IMMEDIATE and COMMIT", f.ratio(0, 4),
                    "the store's transaction shape without jOOQ or the guard"));
            String c6 = "6 single insert, FULL vs NORMAL";
            report.add(BenchRow.of("single_insert.store_normal_rows_per_s", c6, "store API, sync=NORMAL", f.of(3),
                    "rows/s", ""));
            report.add(BenchRow.ratio("single_insert.normal_vs_full", c6, "store NORMAL / store FULL", f.ratio(3, 0),
                    "what synchronous=FULL costs"));
        }
    }

    private void bulkInsert(BenchReport report) throws SQLException {
        step("2: bulk insert of " + sizes.bulkRows() + " rows in one transaction");
        var signals = SingleInsertBench.signals(sizes.bulkRows());
        String c2 = "2 bulk insert, one transaction";
        try (var store = new BulkInsertBench.Store(fresh("bulk-store"), signals);
                var raw = new BulkInsertBench.Raw(fresh("bulk-raw"), signals)) {
            Rounds.Figures f = Rounds.run(sizes.runs(), List.of(store, raw));
            report.add(BenchRow.of("bulk_insert.store_rows_per_s", c2, "store bulk import (guarded)", f.of(0),
                    "rows/s", ""));
            report.add(BenchRow.of("bulk_insert.raw_rows_per_s", c2, "raw JDBC batch, generated keys off", f.of(1),
                    "rows/s", ""));
            report.add(BenchRow.ratio("bulk_insert.ratio_vs_raw", c2, "store / raw JDBC batch", f.ratio(0, 1), ""));
        }
    }

    private void writers(BenchReport report) throws InterruptedException {
        step("3: five concurrent writers for " + sizes.writerMillis() + " ms");
        var w = ConcurrentWritersBench.run(fresh("writers"), sizes.writerMillis());
        String c3 = "3 five concurrent writers";
        report.add(BenchRow.count("writers.commits_per_s", c3, "commits/s (V3 + 4 V6 on one file)",
                w.commitsPerSecond(), "commits/s", w.commits() + " commits in one run"));
        report.add(BenchRow.count("writers.errors", c3, "errors", w.errors(), "count", "must be 0"));
        report.add(BenchRow.count("writers.lost_rows", c3, "lost rows", w.lostRows(), "count", "must be 0"));
        for (Map.Entry<String, Samples> e : w.commitMillis().entrySet()) {
            Samples s = e.getValue();
            report.add(new BenchRow("writers.commit_p99_ms." + e.getKey(), c3, e.getKey() + " writer: commit latency p99",
                    s.percentile(99), "ms", null, s.min(), s.max(), s.values().size(),
                    "median " + BenchReport.number(s.median()) + " ms"));
        }
    }

    private SyncBench.Result syncAndDashboard(BenchReport report) throws SQLException {
        step("4 and 5: sync of " + sizes.syncTrades() + " trades vs a raw JDBC copy, then +" + sizes.newTrades()
                + "; dashboard");
        Path dir = fresh("sync");
        var s = SyncBench.run(dir, workDir.resolve("sync-raw-central.db"), sizes);
        String c4 = "4 sync";
        String trades = String.format(java.util.Locale.ROOT, "%,d trades", sizes.syncTrades());
        report.add(BenchRow.of("sync.first_ms", c4, "store: first sync, rollup kept", s.firstSync().of(0), "ms", trades));
        report.add(BenchRow.of("sync.raw_copy_ms", c4, "raw JDBC copy of the same rows", s.firstSync().of(1), "ms",
                trades));
        report.add(BenchRow.ratio("sync.first_1m_ratio_vs_raw", c4, "store first sync / raw copy",
                s.firstSync().ratio(0, 1), trades));
        report.add(BenchRow.of("sync.incremental_ms", c4, "store: incremental, +" + sizes.newTrades() + " trades",
                s.incrementalMillis(), "ms", ""));
        report.add(BenchRow.ratio("sync.incremental_ratio", c4, "incremental / first sync", s.incrementalRatio(), ""));
        for (Map.Entry<String, Samples> e : s.dashboardMillis().entrySet()) {
            String c5 = "5 dashboard, " + e.getKey();
            Samples q = e.getValue();
            report.add(new BenchRow("dashboard.p99_ms." + e.getKey(), c5, "p99 latency, per plugin and total",
                    q.percentile(99), "ms", null, q.min(), q.max(), q.values().size(),
                    "median " + BenchReport.number(q.median()) + " ms over " + s.aggregatedRows()
                            + " aggregated trades in the 90 days"));
        }
        return s;
    }

    /**
     * Case 8: case 4's first sync and case 5's dashboard into a PostgreSQL central, each beside the
     * SQLite figure of the same run when cases 4 and 5 ran too (their ratio rows need both).
     */
    private void postgresCentral(BenchReport report, SyncBench.Result sqlite) throws SQLException {
        step("8: first sync and dashboard into PostgreSQL " + postgres.postgres().describe());
        Path dir = fresh("sync-postgres");
        new InitOperation(dir, postgres).run().failures().forEach(f -> {
            throw new IllegalStateException(f.problem());
        });
        String c8 = "8 central on PostgreSQL";
        String trades = String.format(java.util.Locale.ROOT, "%,d trades", sizes.syncTrades());
        SyncBench.ServerResult pg = SyncBench.runOnServer(dir, sizes, postgres);
        report.add(BenchRow.of("postgres.sync.first_ms", c8, "store: first sync into PostgreSQL, rollup kept",
                pg.firstSyncMillis(), "ms", trades));
        if (sqlite != null) {
            double ratio = pg.firstSyncMillis().median() / sqlite.firstSync().of(0).median();
            report.add(BenchRow.count("postgres.sync.first_ratio_vs_sqlite", c8,
                    "PostgreSQL first sync / SQLite first sync (case 4)", ratio, "ratio", "medians"));
        }
        for (Map.Entry<String, Samples> e : pg.dashboardMillis().entrySet()) {
            Samples q = e.getValue();
            report.add(new BenchRow("postgres.dashboard.p99_ms." + e.getKey(), c8,
                    "dashboard " + e.getKey() + " on PostgreSQL: p99 latency", q.percentile(99), "ms", null, q.min(),
                    q.max(), q.values().size(), "median " + BenchReport.number(q.median()) + " ms over "
                            + pg.aggregatedRows() + " aggregated trades in the 90 days"));
            Samples onSqlite = sqlite == null ? null : sqlite.dashboardMillis().get(e.getKey());
            if (onSqlite != null) {
                report.add(BenchRow.count("postgres.dashboard.p99_ratio_vs_sqlite." + e.getKey(), c8,
                        "dashboard " + e.getKey() + " p99: PostgreSQL / SQLite (case 5)",
                        q.percentile(99) / onSqlite.percentile(99), "ratio", ""));
            }
        }
    }

    /** Case 7: what the isolation guard adds to one statement, with a text it has seen and with a new one. */
    private void isolationGuard(BenchReport report) throws SQLException {
        step("7: isolation guard");
        GuardBench.Result guard = GuardBench.run(fresh("guard"), sizes);
        String c7 = "7 isolation guard, per statement";
        report.add(BenchRow.of("guard.us_per_statement.raw", c7, "raw JDBC, statement kept, run + read", guard.raw(),
                "us/stmt", ""));
        report.add(BenchRow.of("guard.us_per_statement.guarded", c7, "guarded context, text seen before",
                guard.guardedSeen(), "us/stmt", ""));
        report.add(cost("guard.cost_us_per_statement", c7, "guard cost, text seen before", guard.guardedSeen(),
                guard.raw()));
        report.add(BenchRow.of("guard.us_per_statement.raw_new_text", c7, "raw JDBC, a new text each time",
                guard.rawNew(), "us/stmt", ""));
        report.add(BenchRow.of("guard.us_per_statement.guarded_new_text", c7, "guarded context, a new text each time",
                guard.guardedNew(), "us/stmt", ""));
        report.add(cost("guard.cost_us_per_statement.new_text", c7, "guard cost, a new text (EXPLAIN)",
                guard.guardedNew(), guard.rawNew()));
    }

    /** The median difference of two figures measured in the same run. */
    private static BenchRow cost(String id, String benchCase, String variant, Samples guarded, Samples raw) {
        double cost = guarded.median() - raw.median();
        return BenchRow.count(id, benchCase, variant, cost, "us/stmt", "guarded median minus raw median");
    }

    /** Called as each step starts (and once at the end): the steps before it are done. */
    private void step(String what) {
        progress.progress(LABEL, Math.min(stepsDone++, steps), steps);
    }

    /** A new data directory with the three databases, made by {@code init} itself. */
    private Path fresh(String name) {
        Path dir = workDir.resolve(name);
        new InitOperation(dir).run();
        return dir;
    }

}
