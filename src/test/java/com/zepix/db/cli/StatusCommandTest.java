package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.testsupport.OpsFixtures;
import com.zepix.db.testsupport.PluginTrades;
import com.zepix.db.testsupport.SchemaVersions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code status}: one read-only screen, exit 1 with the fixing command when something needs attention. */
class StatusCommandTest {

    private static final String CENTRAL = SchemaVersions.latest("central");

    /** CliRun.FIXED is 2026-11-26 10:15 UTC: trades entered and closed that day count as today's. */
    private static final LocalDateTime TODAY = LocalDateTime.of(2026, 11, 26, 9, 0);
    private static final Clock A_MINUTE_LATER = Clock.offset(CliRun.FIXED, Duration.ofMinutes(1));

    @TempDir
    Path root;

    private Path tradedSyncedAndBackedUp() {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        try (DatabaseService db = DatabaseService.open(data)) {
            PluginTrades t = new PluginTrades(db);
            t.v3(100L, 101L, TODAY, TradeStatus.CLOSED, 25.0, LogicRoute.LOGIC1);
            t.v3(200L, 201L, TODAY.plusMinutes(5), TradeStatus.CLOSED, -5.0, LogicRoute.LOGIC2);
            t.v3(300L, 301L, TODAY.plusMinutes(10), TradeStatus.OPEN, null, LogicRoute.LOGIC1);
            t.m5(500L, 501L, TODAY, TradeStatus.OPEN, null);
        }
        assertThat(CliRun.run("backup", "--data-dir", data.toString()).exitCode()).isZero();
        return data;
    }

    @Test
    void a_healthy_folder_exits_0_and_shows_every_part() {
        Path data = tradedSyncedAndBackedUp();
        assertThat(CliRun.run("sync", "--data-dir", data.toString()).exitCode()).isZero();

        CliRun run = CliRun.run(A_MINUTE_LATER, "status", "--data-dir", data.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out())
                .startsWith("zepix-db status at 2026-11-26T10:16:00Z (today = 2026-11-26 UTC)")
                .containsPattern("central\\s+\\d+\\.\\d KiB\\s+-\\s+" + CENTRAL + " \\(" + CENTRAL + "\\)\\s+zepix_bot_20261126_101500.db\\s+1 min")
                // combined_v3: 3 entered today, 2 closed (+25, -5), 1 open
                .containsPattern("combined_v3\\s+yes\\s+ACTIVE\\s+2026-11-26 10:15:00\\s+ok\\s+3\\s+1\\s+3\\s+2\\s+20\\.00\\s+50\\.0")
                .containsPattern("price_action_5m\\s+yes\\s+ACTIVE\\s+2026-11-26 10:15:00\\s+ok\\s+1\\s+1\\s+1\\s+0\\s+0\\.00\\s+0\\.0")
                .contains("last ERROR/CRITICAL events: none")
                .contains("OK: nothing needs attention.");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void one_failed_plugin_needs_attention_with_the_command_that_fixes_it() {
        Path data = tradedSyncedAndBackedUp();
        // the 1m plugin's table is gone: its sync fails, the other four still sync
        OpsFixtures.execute(DatabaseFile.V6.in(data), "DROP TABLE price_action_1m_trades");
        assertThat(CliRun.run("sync", "--data-dir", data.toString()).exitCode()).isEqualTo(1);

        CliRun run = CliRun.run(A_MINUTE_LATER, "status", "--data-dir", data.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out())
                .containsPattern("price_action_1m\\s+yes\\s+ACTIVE\\s+2026-11-26 10:15:00\\s+FAILED")
                .containsPattern("combined_v3\\s+yes\\s+ACTIVE\\s+2026-11-26 10:15:00\\s+ok")
                .containsPattern("2026-11-26 10:15:00 ERROR SYNC_FAILED price_action_1m: .*price_action_1m_trades")
                .contains("NEEDS ATTENTION (1):")
                .contains("  - plugin price_action_1m last sync failed at 2026-11-26 10:15:00: ")
                .contains("      fix: remove the cause, then zepix-db sync --data-dir " + data);
    }

    @Test
    void status_writes_nothing_not_even_a_wal_or_shm_file() {
        Path data = tradedSyncedAndBackedUp();
        assertThat(CliRun.run("sync", "--data-dir", data.toString()).exitCode()).isZero();
        Map<String, String> before = OpsFixtures.snapshot(data);

        CliRun text = CliRun.run(A_MINUTE_LATER, "status", "--data-dir", data.toString());
        CliRun json = CliRun.run(A_MINUTE_LATER, "status", "--json", "--data-dir", data.toString());

        assertThat(text.exitCode()).isZero();
        assertThat(json.exitCode()).isZero();
        assertThat(OpsFixtures.snapshot(data)).isEqualTo(before);
        assertThat(OpsFixtures.fileNames(data)).noneMatch(n -> n.endsWith("-wal") || n.endsWith("-shm"));
    }

    @Test
    void a_database_behind_the_jar_a_stale_sync_and_an_old_backup_each_name_their_fix() throws Exception {
        Path data = tradedSyncedAndBackedUp();
        assertThat(CliRun.run("sync", "--data-dir", data.toString()).exitCode()).isZero();
        Files.delete(DatabaseFile.CENTRAL.in(data));
        OpsFixtures.centralAtVersion1(DatabaseFile.CENTRAL.in(data));
        Clock twoDaysLater = Clock.offset(CliRun.FIXED, Duration.ofDays(2));

        CliRun run = CliRun.run(twoDaysLater, "status", "--data-dir", data.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out())
                .contains(DatabaseFile.CENTRAL.in(data) + " is at schema version 1, behind this jar's " + CENTRAL)
                .contains("fix: zepix-db init --data-dir " + data)
                .contains(DatabaseFile.V3.in(data) + " last backup is 2 d old (more than 24 h)")
                .contains("fix: zepix-db backup --data-dir " + data)
                // version 1 of central is its tables only; the plugins are registered by version 2
                .contains("plugins: none registered in central");
    }

    @Test
    void a_sync_older_than_the_threshold_needs_attention() {
        Path data = tradedSyncedAndBackedUp();
        assertThat(CliRun.run("sync", "--data-dir", data.toString()).exitCode()).isZero();
        Clock laterToday = Clock.offset(CliRun.FIXED, Duration.ofMinutes(40));

        CliRun strict = CliRun.run(laterToday, "status", "--data-dir", data.toString());
        CliRun lenient = CliRun.run(laterToday, "status", "--max-sync-age", "60", "--data-dir", data.toString());

        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).contains("plugin combined_v3 last synced 40 min ago (more than 15 min)")
                .contains("(or keep 'zepix-db sync --data-dir " + data + " --watch' running)");
        assertThat(lenient.exitCode()).as(lenient.toString()).isZero();
    }

    @Test
    void a_fresh_folder_needs_a_sync_and_a_backup() {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));

        CliRun run = CliRun.run("status", "--data-dir", data.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("combined_v3\\s+yes\\s+ACTIVE\\s+never\\s+-")
                .contains("plugin combined_v3 was never synced")
                .contains(DatabaseFile.CENTRAL.in(data) + " has no backup in " + data.resolve("backups"));
    }

    @Test
    void a_missing_data_folder_is_one_line() {
        CliRun run = CliRun.run("status", "--data-dir", root.resolve("nothing-here").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip().lines()).singleElement().asString()
                .contains("the data folder " + root.resolve("nothing-here") + " does not exist");
        assertThat(root.resolve("nothing-here")).doesNotExist();
    }
}
