package com.zepix.db.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.cli.Main;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.ops.backup.BackupOperation;
import com.zepix.db.testsupport.OpsFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup SIGKILLed while it copies central (a child JVM, killed once its temporary copy has
 * started to grow) leaves no file at a backup's name; the next {@code backup --keep 2} counts only
 * complete backups, keeps the last good one, and removes what the killed one left.
 */
class BackupKilledTest {

    @TempDir
    Path root;

    @Test
    void a_backup_killed_part_way_leaves_no_backup_and_keep_counts_only_complete_ones() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        OpsFixtures.fillCentral(DatabaseFile.CENTRAL.in(data), 400_000);
        Path backups = root.resolve("backups");
        backupAt("2026-11-01T10:00:00Z", data, backups, null);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "backup", "--data-dir", data.toString(), "--to", backups.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean caughtWriting = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (child.isAlive() && System.nanoTime() < deadline) {
            if (growingCentralTemp(backups)) {
                caughtWriting = true;
                break;
            }
            Thread.sleep(5);
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(caughtWriting).as("the child was killed while writing central's copy").isTrue();

        List<String> afterKill = names(backups);
        System.out.println("BackupKilledTest: after the kill: " + afterKill);
        assertThat(afterKill.stream().filter(n -> n.startsWith("zepix_bot_"))).as("only the good backup has a backup's name")
                .containsExactly("zepix_bot_20261101_100000.db");
        assertThat(afterKill).anyMatch(n -> n.startsWith(".zepix_bot_backup-"));

        backupAt("2026-12-31T10:00:00Z", data, backups, 2);
        List<String> after = names(backups);
        assertThat(after.stream().filter(n -> n.startsWith("zepix_bot_")))
                .containsExactly("zepix_bot_20261101_100000.db", "zepix_bot_20261231_100000.db");
        assertThat(after).noneMatch(n -> n.endsWith(".tmp") || n.endsWith("-journal"));
        for (String n : after) {
            assertThat(OpsFixtures.queryLong(backups.resolve(n),
                    "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'")).as(n).isZero();
        }
    }

    /** What an older version left: a headerless file at a backup's name and a -journal; neither counts. */
    @Test
    void a_headerless_file_at_a_backups_name_is_not_counted_and_is_removed() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path backups = root.resolve("backups");
        backupAt("2026-11-01T10:00:00Z", data, backups, null);
        backupAt("2026-11-02T10:00:00Z", data, backups, null);
        Files.write(backups.resolve("zepix_price_action_20261103_100000.db"), new byte[4096]);
        Files.write(backups.resolve("zepix_price_action_20261103_100000.db-journal"), new byte[512]);

        backupAt("2026-11-04T10:00:00Z", data, backups, 2);

        assertThat(names(backups).stream().filter(n -> n.startsWith("zepix_price_action_")))
                .containsExactly("zepix_price_action_20261102_100000.db", "zepix_price_action_20261104_100000.db");
    }

    private static void backupAt(String instant, Path data, Path backups, Integer keep) {
        var report = new BackupOperation(data, backups, keep, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), null).run();
        assertThat(report.backups()).allMatch(r -> r.succeeded());
    }

    private static boolean growingCentralTemp(Path backups) throws Exception {
        if (!Files.isDirectory(backups)) {
            return false;
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(".zepix_bot_backup-") && size(f) > 64 * 1024);
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (Exception e) {
            return 0;
        }
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
