package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.testsupport.OpsFixtures;
import com.zepix.db.testsupport.PluginTrades;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The aggregation, statistics and benchmark commands through the picocli entry point. */
class SyncStatsBenchCommandTest {

    private static final LocalDateTime ENTRY = LocalDateTime.of(2026, 11, 20, 9, 30);

    @TempDir
    Path root;

    private Path dataWithTrades() {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        try (DatabaseService db = DatabaseService.open(data)) {
            PluginTrades t = new PluginTrades(db);
            t.v3(100L, 101L, ENTRY, TradeStatus.CLOSED, 25.0, LogicRoute.LOGIC1);
            t.m1(null, ENTRY, true, 3.0); // no ticket at all
            t.m5(500L, 501L, ENTRY, TradeStatus.OPEN, null);
            t.h1(700L, ENTRY, true, -4.0);
        }
        return data;
    }

    @Test
    void sync_prints_per_plugin_counts_and_a_second_run_still_succeeds() {
        Path data = dataWithTrades();
        CliRun first = CliRun.run("sync", "--data-dir", data.toString());
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out())
                .contains("combined_v3        1 new, 0 updated, 0 unchanged, 0 skipped without ticket (1 read)")
                .contains("price_action_1m    0 new, 0 updated, 0 unchanged, 1 skipped without ticket (1 read)")
                .contains("price_action_5m    1 new")
                .contains("price_action_15m   0 new");
        CliRun second = CliRun.run("sync", "--data-dir", data.toString());
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("combined_v3        0 new, 0 updated, 0 unchanged, 0 skipped without ticket (0 read)")
                // still open, so read again, but nothing about it changed
                .contains("price_action_5m    0 new, 0 updated, 1 unchanged, 0 skipped without ticket (1 read)");
    }

    @Test
    void sync_with_a_damaged_plugin_file_exits_1_and_syncs_the_rest() throws Exception {
        Path data = dataWithTrades();
        Files.writeString(data.resolve("zepix_price_action.db"), "not a database any more");
        CliRun run = CliRun.run("sync", "--data-dir", data.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("combined_v3        1 new").contains("price_action_1h    FAILED:")
                .contains("zepix_price_action.db");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void sync_refuses_an_interval_without_watch_as_bad_usage_and_syncs_nothing() {
        CliRun run = CliRun.run("sync", "--interval", "60", "--data-dir", root.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--interval only applies with --watch; add --watch to sync every 60 seconds");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void sync_refuses_a_zero_interval_as_bad_usage() {
        CliRun run = CliRun.run("sync", "--watch", "--interval", "0", "--data-dir", root.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--interval");
    }

    @Test
    void stats_recomputes_a_day_and_refuses_a_backwards_range() {
        Path data = dataWithTrades();
        CliRun run = CliRun.run("stats", "--date", "2026-11-20", "--data-dir", data.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("2026-11-20").containsPattern("2026-11-20\\s+1\\s+1\\s+1\\s+25\\.00\\s+100\\.0");

        CliRun backwards = CliRun.run("stats", "--from", "2026-11-21", "--to", "2026-11-20", "--data-dir", data.toString());
        assertThat(backwards.exitCode()).isEqualTo(2);
        assertThat(backwards.err()).contains("before");
        assertThat(CliRun.run("stats", "--date", "yesterday", "--data-dir", data.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void bench_quick_prints_every_case_under_stable_ids_without_errors_or_lost_rows() {
        CliRun run = CliRun.run("bench", "--quick", "--work-dir", root.resolve("work").toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        for (String id : new String[] {"single_insert.ratio_vs_raw", "single_insert.ratio_vs_architecture_style",
                "single_insert.ratio_vs_raw_immediate", "single_insert.normal_vs_full", "bulk_insert.ratio_vs_raw", "writers.errors", "writers.lost_rows",
                "writers.commit_p99_ms.v3", "writers.commit_p99_ms.15m", "sync.first_1m_ratio_vs_raw",
                "sync.incremental_ratio", "dashboard.p99_ms.1d", "dashboard.p99_ms.7d", "dashboard.p99_ms.90d",
                "guard.cost_us_per_statement", "guard.cost_us_per_statement.new_text"}) {
            assertThat(run.out()).contains(id);
        }
        // correctness, not speed: these two must hold on any machine
        assertThat(run.out()).containsPattern("writers\\.errors\\s+errors\\s+0\\.000")
                .containsPattern("writers\\.lost_rows\\s+lost rows\\s+0\\.000");
    }

    @Test
    void bench_check_exits_1_naming_each_missed_target() {
        // A quick run on a tiny data set cannot meet every target (the incremental sync of 100 on top
        // of 10,000 trades is far above 1 % of the first), so --check must fail and say why.
        CliRun run = CliRun.run("bench", "--quick", "--rounds", "1", "--case", "4", "--check", "--work-dir",
                root.resolve("work").toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("target missed: sync.incremental_ratio = ")
                .contains("wanted sync.incremental_ratio <= 0.0100")
                .contains("target missed: single_insert.ratio_vs_raw was not measured");
    }

    @Test
    void bench_case_runs_only_the_cases_asked_for() {
        CliRun run = CliRun.run("bench", "--quick", "--case", "7", "--work-dir", root.resolve("work7").toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("guard.cost_us_per_statement").contains("guarded context, text seen before")
                .doesNotContain("single_insert.").doesNotContain("sync.first");
    }

    @Test
    void stats_refuses_the_years_0000_and_9999_and_writes_nothing() {
        Path data = dataWithTrades();
        Map<String, String> before = OpsFixtures.snapshot(data);
        for (String day : new String[] {"0000-01-01", "9999-12-31"}) {
            CliRun run = CliRun.run("stats", "--date", day, "--data-dir", data.toString());
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.err()).contains(day).contains("outside 2000-01-01 .. 2100-12-31");
        }
        assertThat(OpsFixtures.snapshot(data)).isEqualTo(before);
    }
}
