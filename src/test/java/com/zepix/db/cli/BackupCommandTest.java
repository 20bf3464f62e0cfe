package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseUnavailableException;
import com.zepix.db.core.SqliteConnections;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.ops.sqlite.ReadOnlyDatabase;
import com.zepix.db.testsupport.OpsFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCommandTest {

    @TempDir
    Path root;

    @Test
    void backup_writes_checked_owner_only_copies_named_by_database_and_time() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        OpsFixtures.execute(DatabaseFile.V3.in(data), "INSERT INTO v3_signals_log (signal_type, symbol) VALUES ('Liquidity_Trap', 'EURUSD')");

        CliRun run = CliRun.run("backup", "--data-dir", data.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path backups = data.resolve("backups");
        assertThat(OpsFixtures.fileNames(backups)).containsExactlyInAnyOrder("zepix_combined_v3_20261126_101500.db",
                "zepix_price_action_20261126_101500.db", "zepix_bot_20261126_101500.db");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backups))).isEqualTo("rwx------");
        for (String name : OpsFixtures.fileNames(backups)) {
            Path backup = backups.resolve(name);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).as("%s", backup).isEqualTo("rw-------");
            assertThat(OpsFixtures.queryLong(backup, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'")).isEqualTo(1);
            assertThat(run.out()).contains(" to " + backup + " (");
        }
        assertThat(OpsFixtures.queryLong(backups.resolve("zepix_combined_v3_20261126_101500.db"),
                "SELECT count(*) FROM v3_signals_log")).isEqualTo(1);
        assertThat(OpsFixtures.queryLong(backups.resolve("zepix_bot_20261126_101500.db"),
                "SELECT count(*) FROM plugins_registry")).isEqualTo(5);
    }

    @Test
    void backup_while_the_bot_inserts_is_a_consistent_snapshot() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path central = DatabaseFile.CENTRAL.in(data);
        OpsFixtures.fillCentral(central, 5000);
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<Long> writer = CompletableFuture.supplyAsync(() -> insertUntil(central, stop));
        try {
            waitForEvents(central, 200);
            long before = events(central);

            CliRun run = CliRun.run("backup", "--data-dir", data.toString(), "--to", root.resolve("copies").toString());

            long after = events(central);
            assertThat(run.exitCode()).as(run.toString()).isZero();
            Path backup = root.resolve("copies/zepix_bot_20261126_101500.db");
            long copied = OpsFixtures.queryLong(backup, "SELECT count(*) FROM system_events");
            assertThat(copied).isBetween(before, after);
            assertThat(after).as("the writer kept writing during the backup").isGreaterThan(before);
            assertThat(OpsFixtures.queryLong(backup, "SELECT count(*) FROM aggregated_trades")).isEqualTo(5000);
            assertThat(OpsFixtures.queryLong(backup, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'")).isEqualTo(1);
        } finally {
            stop.set(true);
        }
        assertThat(writer.get(30, TimeUnit.SECONDS)).isPositive();
    }

    @Test
    void keep_prunes_all_but_the_newest_backups_of_each_database() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path backups = data.resolve("backups");
        Files.createDirectories(backups);
        Files.writeString(backups.resolve("notes.txt"), "not a backup: pruning leaves it alone");
        for (int second = 0; second < 3; second++) {
            assertThat(CliRun.run(at(second), "backup", "--data-dir", data.toString()).exitCode()).isZero();
        }

        CliRun run = CliRun.run(at(3), "backup", "--data-dir", data.toString(), "--keep", "2");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(OpsFixtures.fileNames(backups)).containsExactlyInAnyOrder("notes.txt",
                "zepix_combined_v3_20261126_101502.db", "zepix_combined_v3_20261126_101503.db",
                "zepix_price_action_20261126_101502.db", "zepix_price_action_20261126_101503.db",
                "zepix_bot_20261126_101502.db", "zepix_bot_20261126_101503.db");
        assertThat(run.out()).contains("Removed older backup " + backups.resolve("zepix_bot_20261126_101500.db"));
    }

    @Test
    void a_target_inside_a_live_database_file_name_is_a_usage_error() {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Map<String, String> before = OpsFixtures.snapshot(root);

        for (String target : List.of(DatabaseFile.CENTRAL.in(data).toString(), data.resolve("zepix_bot.db/inside").toString(),
                data.resolve("backups/../zepix_price_action.db").toString(), data.resolve("trading_bot.db").toString())) {
            CliRun run = CliRun.run("backup", "--data-dir", data.toString(), "--to", target);

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.err().strip().lines()).hasSize(1).first().asString()
                    .startsWith("zepix-db backup: --to ").contains("the live database file");
        }
        assertThat(OpsFixtures.snapshot(root)).isEqualTo(before);
    }

    @Test
    void a_second_backup_in_the_same_second_overwrites_nothing() {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        assertThat(CliRun.run("backup", "--data-dir", data.toString()).exitCode()).isZero();
        Map<String, String> before = OpsFixtures.snapshot(root);

        CliRun run = CliRun.run("backup", "--data-dir", data.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip().lines()).hasSize(3)
                .allMatch(line -> line.startsWith("zepix-db backup: ") && line.endsWith(" already exists (one backup per second at most)"));
        assertThat(OpsFixtures.snapshot(root)).isEqualTo(before);
    }

    @Test
    void keep_below_one_is_a_usage_error() {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));

        CliRun run = CliRun.run("backup", "--data-dir", data.toString(), "--keep", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--keep must be at least 1, not 0");
        assertThat(data.resolve("backups")).doesNotExist();
    }

    @Test
    void a_missing_database_is_reported_and_the_others_are_backed_up() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Files.delete(DatabaseFile.V6.in(data));

        CliRun run = CliRun.run("backup", "--data-dir", data.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip().lines()).containsExactly(
                "zepix-db backup: " + DatabaseFile.V6.in(data) + " does not exist");
        assertThat(OpsFixtures.fileNames(data.resolve("backups"))).containsExactlyInAnyOrder(
                "zepix_combined_v3_20261126_101500.db", "zepix_bot_20261126_101500.db");
        assertThat(DatabaseFile.V6.in(data)).doesNotExist();
    }

    private static Clock at(int second) {
        return Clock.fixed(Instant.parse("2026-11-26T10:15:00Z").plusSeconds(second), ZoneOffset.UTC);
    }

    /** The bot: inserts events one commit at a time until told to stop; returns how many. */
    private static long insertUntil(Path central, AtomicBoolean stop) {
        long inserted = 0;
        try (Connection c = SqliteConnections.openForWriting(central, SqliteSettings.durable().withNormalSync());
                PreparedStatement ps = c.prepareStatement("INSERT INTO system_events (event_type, description) VALUES ('TICK', ?)")) {
            while (!stop.get()) {
                ps.setString(1, "event " + inserted);
                ps.executeUpdate();
                inserted++;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return inserted;
    }

    private static long events(Path central) throws Exception {
        try (Connection c = ReadOnlyDatabase.open(central); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM system_events")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void waitForEvents(Path central, long count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                if (events(central) >= count) {
                    return;
                }
            } catch (DatabaseUnavailableException e) {
                // The writer is opening the file this very moment: its -wal is there, its -shm not yet.
            }
            assertThat(System.nanoTime()).as("writer started").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
