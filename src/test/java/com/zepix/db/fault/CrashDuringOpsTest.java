package com.zepix.db.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.cli.Main;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.testsupport.OpsFixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL {@code init} and {@code restore} part-way, in a child JVM, at random moments: the next
 * {@code init} must bring the databases to a state {@code verify} passes, and a restore must
 * leave either the old or the new database in place, never half of one.
 */
class CrashDuringOpsTest {

    private static final Random RANDOM = new Random(7_2026L);

    @TempDir
    Path root;

    @Test
    void init_killed_part_way_is_finished_by_the_next_init() throws Exception {
        long full = millisOf(() -> runToEnd("init", "--data-dir", root.resolve("init-timed").toString()));
        int kills = 0;
        for (int round = 0; round < 5; round++) {
            Path data = root.resolve("init-" + round);
            Process child = start("init", "--data-dir", data.toString());
            boolean killed = killAfter(child, somewhereIn(full));
            kills += killed ? 1 : 0;
            System.out.printf("CrashDuringOpsTest: init round %d %s, left %s%n", round,
                    killed ? "killed" : "finished first", Files.exists(data) ? OpsFixtures.fileNames(data) : "no folder");

            Result init = runToEnd("init", "--data-dir", data.toString());
            assertThat(init.exitCode()).as("round %d: %s", round, init).isZero();
            Result verify = runToEnd("verify", "--data-dir", data.toString());
            assertThat(verify.exitCode()).as("round %d: %s", round, verify).isZero();
        }
        assertThat(kills).as("rounds in which init was really killed part-way").isPositive();
    }

    /** A moment after the child's start, late enough to be past JVM start-up often, before its end. */
    private static long somewhereIn(long fullRunMillis) {
        return (long) (fullRunMillis * (0.35 + 0.6 * RANDOM.nextDouble()));
    }

    private interface Run {
        void run() throws Exception;
    }

    private static long millisOf(Run run) throws Exception {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void restore_killed_part_way_leaves_the_old_or_the_new_database_whole() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path central = DatabaseFile.CENTRAL.in(data);
        Result backup = runToEnd("backup", "--data-dir", data.toString(), "--to", root.resolve("backups").toString());
        assertThat(backup.exitCode()).as(backup.toString()).isZero();
        Path centralBackup;
        try (var files = Files.list(root.resolve("backups"))) {
            centralBackup = files.filter(f -> f.getFileName().toString().startsWith("zepix_bot_")).findFirst().orElseThrow();
        }
        // two backups with different contents, so "old" and "new" can be told apart; large ones
        // widen the window in which the kill can land
        Path otherBackup = Files.copy(centralBackup, root.resolve("backups").resolve("zepix_bot_other.db"));
        OpsFixtures.fillCentral(centralBackup, 200_000);
        OpsFixtures.fillCentral(otherBackup, 150_000);
        Path[] sources = {centralBackup, otherBackup};
        long backupRows = OpsFixtures.queryLong(centralBackup, "SELECT count(*) FROM aggregated_trades");

        long full = millisOf(() -> assertThat(runToEnd("restore", otherBackup.toString(), "--data-dir",
                data.toString()).exitCode()).isZero());
        long liveRows = OpsFixtures.queryLong(central, "SELECT count(*) FROM aggregated_trades");
        int kills = 0;
        for (int round = 0; round < 6; round++) {
            // always the backup that is not live now, so that new and old differ
            long firstRows = OpsFixtures.queryLong(sources[0], "SELECT count(*) FROM aggregated_trades");
            Path source = liveRows == firstRows ? sources[1] : sources[0];
            long sourceRows = OpsFixtures.queryLong(source, "SELECT count(*) FROM aggregated_trades");
            Thread.sleep(1_100); // the replaced file is named to the second
            Process child = start("restore", source.toString(), "--data-dir", data.toString());
            boolean killed = killAfter(child, somewhereIn(full));
            kills += killed ? 1 : 0;

            assertThat(central).as("round %d: a live file is in place", round).exists();
            long rows = OpsFixtures.queryLong(central, "SELECT count(*) FROM aggregated_trades");
            assertThat(rows).as("round %d: old or new, nothing between", round).isIn(liveRows, sourceRows);
            System.out.printf("CrashDuringOpsTest: restore round %d %s, live file has the %s rows%n", round,
                    killed ? "killed" : "finished first", rows == sourceRows ? "new" : "old");
            assertThat(OpsFixtures.queryLong(central, "SELECT count(*) FROM pragma_integrity_check"
                    + " WHERE integrity_check <> 'ok'")).isZero();
            liveRows = rows;
        }
        assertThat(kills).as("rounds in which restore was really killed part-way").isPositive();
        System.out.println("CrashDuringOpsTest: after the killed restores: " + OpsFixtures.fileNames(data));
        // and one left to finish: the backup's rows are live, and the killed runs' temp copies are gone
        Thread.sleep(1_100);
        Result restore = runToEnd("restore", centralBackup.toString(), "--data-dir", data.toString());
        assertThat(restore.exitCode()).as(restore.toString()).isZero();
        assertThat(OpsFixtures.queryLong(central, "SELECT count(*) FROM aggregated_trades")).isEqualTo(backupRows);
        assertThat(OpsFixtures.fileNames(data)).noneMatch(n -> n.contains(".restore-") || n.contains(".replaced-"));
        Result verify = runToEnd("verify", "--data-dir", data.toString());
        assertThat(verify.exitCode()).as(verify.toString()).isZero();
    }

    private record Result(int exitCode, String output) {
    }

    private static Process start(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** @return whether the child was still running and was killed */
    private static boolean killAfter(Process child, long millis) throws Exception {
        Thread drain = new Thread(() -> {
            try {
                child.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            } catch (java.io.IOException e) {
                // the pipe closes when the child dies
            }
        });
        drain.setDaemon(true);
        drain.start();
        boolean killed = !child.waitFor(millis, TimeUnit.MILLISECONDS);
        if (killed) {
            child.destroyForcibly();
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return killed;
    }

    private static Result runToEnd(String... args) throws Exception {
        Process child = start(args);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        child.getInputStream().transferTo(out);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(child.exitValue(), out.toString(StandardCharsets.UTF_8));
    }
}
