package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.testsupport.OpsFixtures;
import com.zepix.db.testsupport.PluginTrades;
import com.zepix.db.testsupport.SchemaVersions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
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
                // no closes today: no win rate to give, rather than a misleading 0.0
                .containsPattern("(?m)price_action_5m\\s+yes\\s+ACTIVE\\s+2026-11-26 10:15:00\\s+ok\\s+1\\s+1\\s+1\\s+0\\s+0\\.00\\s+-$")
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
                .contains("      fix: remove the cause ('zepix-db verify --data-dir " + data + "' names a damaged or changed"
                        + " database), then zepix-db sync --data-dir " + data);
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
                // central's plugin queries are this jar's: on an older central they would only fail again
                .contains("plugins: not read, central " + DatabaseFile.CENTRAL.in(data) + " is at schema version 1,"
                        + " behind this jar's " + CENTRAL + ": run init first")
                .contains("last ERROR/CRITICAL events: not read (see plugins above)")
                .doesNotContain("events: none")
                .doesNotContain("cannot be read for the plugins' state");
    }

    @Test
    void a_backup_dir_that_is_a_file_is_refused_as_bad_usage() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path file = Files.writeString(root.resolve("not-a-folder"), "x");
        CliRun run = CliRun.run("status", "--backup-dir", file.toString(), "--data-dir", data.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--backup-dir " + file + " is not a folder");
        assertThat(run.out()).isEmpty();
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

    /** The fix of the one attention item about {@code subject}, from {@code status --json}. */
    private static String fixFor(Path data, String subject, String... options) throws Exception {
        String[] args = new String[options.length + 4];
        args[0] = "status";
        args[1] = "--json";
        args[2] = "--data-dir";
        args[3] = data.toString();
        System.arraycopy(options, 0, args, 4, options.length);
        JsonNode status = new ObjectMapper().readTree(CliRun.run(A_MINUTE_LATER, args).out());
        List<JsonNode> items = new java.util.ArrayList<>();
        status.get("attention").forEach(a -> {
            if (a.get("subject").asText().equals(subject)) {
                items.add(a);
            }
        });
        assertThat(items).as(status.toPrettyString()).hasSize(1);
        return items.get(0).get("fix").asText();
    }

    /** Runs a fix as the operator pastes it: the command up to the note in brackets after it. */
    private static CliRun run(String fix) {
        String command = fix.contains(" (") ? fix.substring(0, fix.indexOf(" (")) : fix;
        String[] words = command.split(" ");
        assertThat(words[0]).isEqualTo("zepix-db");
        return CliRun.run(A_MINUTE_LATER, Arrays.copyOfRange(words, 1, words.length));
    }

    @Test
    void a_missing_database_is_put_back_from_its_newest_backup_by_the_fix() throws Exception {
        Path data = tradedSyncedAndBackedUp();
        assertThat(CliRun.run("sync", "--data-dir", data.toString()).exitCode()).isZero();
        Path v6 = DatabaseFile.V6.in(data);
        Files.delete(v6);

        String fix = fixFor(data, v6.toString());

        assertThat(fix).isEqualTo("zepix-db restore --data-dir " + data + " " + data.resolve("backups")
                .resolve("zepix_price_action_20261126_101500.db") + " (its newest backup; 'zepix-db init --data-dir "
                + data + "' makes an empty database instead)");
        assertThat(run(fix).exitCode()).isZero();
        CliRun after = CliRun.run(A_MINUTE_LATER, "status", "--data-dir", data.toString());
        assertThat(after.exitCode()).as(after.toString()).isZero();
        assertThat(OpsFixtures.queryLong(v6, "SELECT count(*) FROM price_action_5m_trades")).isEqualTo(1);
    }

    @Test
    void a_damaged_or_foreign_database_is_put_back_from_its_newest_backup_by_the_fix() throws Exception {
        Path data = tradedSyncedAndBackedUp();
        assertThat(CliRun.run("sync", "--data-dir", data.toString()).exitCode()).isZero();
        Path v3 = DatabaseFile.V3.in(data);
        Files.writeString(v3, "not a database at all", StandardCharsets.UTF_8);
        Map<String, String> before = OpsFixtures.snapshot(data);

        CliRun damaged = CliRun.run(A_MINUTE_LATER, "status", "--data-dir", data.toString());
        String fix = fixFor(data, v3.toString());

        assertThat(damaged.exitCode()).isEqualTo(1);
        assertThat(damaged.out()).contains("  - " + v3 + " cannot be read: ");
        assertThat(OpsFixtures.snapshot(data)).isEqualTo(before); // looking changed nothing
        assertThat(fix).startsWith("zepix-db restore --data-dir " + data + " " + data.resolve("backups")
                .resolve("zepix_combined_v3_20261126_101500.db") + " (its newest backup; 'zepix-db verify --data-dir ");
        assertThat(run(fix).exitCode()).isZero();
        CliRun after = CliRun.run(A_MINUTE_LATER, "status", "--data-dir", data.toString());
        assertThat(after.exitCode()).as(after.toString()).isZero();
        assertThat(OpsFixtures.queryLong(v3, "SELECT count(*) FROM combined_v3_trades")).isEqualTo(3);
    }

    @Test
    void the_backup_fix_writes_where_status_looked() throws Exception {
        Path data = tradedSyncedAndBackedUp();
        assertThat(CliRun.run("sync", "--data-dir", data.toString()).exitCode()).isZero();
        Path elsewhere = root.resolve("offsite");

        String fix = fixFor(data, DatabaseFile.CENTRAL.in(data).toString(), "--backup-dir", elsewhere.toString());

        assertThat(fix).isEqualTo("zepix-db backup --data-dir " + data + " --to " + elsewhere);
        assertThat(run(fix).exitCode()).isZero();
        CliRun after = CliRun.run(A_MINUTE_LATER, "status", "--data-dir", data.toString(), "--backup-dir", elsewhere.toString());
        assertThat(after.exitCode()).as(after.toString()).isZero();
    }

    @Test
    void a_path_the_shell_would_split_is_quoted_in_the_fix() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("bot's data"));

        String fix = fixFor(data, "plugin combined_v3");

        assertThat(fix).isEqualTo("zepix-db sync --data-dir '" + data.toString().replace("'", "'\\''") + "'");
    }
}
