package com.zepix.db.cli;

import static com.zepix.db.v3.jooq.Tables.COMBINED_V3_TRADES;
import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.SqliteConnections;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.fault.CrashingWriter;
import com.zepix.db.ops.sqlite.ReadOnlyDatabase;
import com.zepix.db.ops.sqlite.ShmLocks;
import com.zepix.db.ops.sqlite.SqliteChecks;
import com.zepix.db.testsupport.OpsFixtures;
import com.zepix.db.testsupport.TestDatabases;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #12: {@code verify} after a writer was SIGKILLed with commits still in the {@code -wal}. A plain
 * read-only connection rebuilds the {@code -shm} then (shown on a copy); verify must read the
 * committed rows, change no byte of the main file, {@code -wal} or {@code -shm}, say what happened
 * and what to do, and {@code init} must then fold the {@code -wal} in without losing a commit.
 */
class VerifyAfterCrashTest {

    @TempDir
    Path dir;

    @TempDir
    Path copy;

    @Test
    void verify_after_a_killed_writer_changes_no_byte_and_says_what_to_do() throws Exception {
        TestDatabases.dataDir(dir);
        List<Long> acknowledged = runAndKill(dir);
        Path v3 = DatabaseFile.V3.in(dir);
        Path wal = ReadOnlyDatabase.sibling(v3, "-wal");
        Path shm = ReadOnlyDatabase.sibling(v3, "-shm");
        assertThat(wal).exists();
        assertThat(shm).exists();
        assertThat(Files.size(wal)).as("commits are left in the -wal").isGreaterThan(32);
        assertThat(ShmLocks.isOpenByAnyProcess(shm)).as("the kernel's lock table is readable here").contains(false);

        // What verify used to do: a plain read-only connection truncates and rebuilds the -shm.
        Files.copy(v3, copy.resolve(v3.getFileName()));
        Files.copy(wal, copy.resolve(wal.getFileName()));
        Files.copy(shm, copy.resolve(shm.getFileName()));
        Map<String, String> copyBefore = OpsFixtures.snapshot(copy);
        try (Connection c = SqliteConnections.openForReading(copy.resolve(v3.getFileName()), SqliteSettings.durable())) {
            SqliteChecks.count(c, "combined_v3_trades");
        }
        assertThat(OpsFixtures.snapshot(copy).get(shm.getFileName().toString()))
                .as("a plain read-only connection rewrites the -shm").isNotEqualTo(copyBefore.get(shm.getFileName().toString()));

        Map<String, String> before = OpsFixtures.snapshot(dir);
        CliRun verify = CliRun.run("verify", "--data-dir", dir.toString());
        assertThat(verify.exitCode()).as(verify.toString()).isEqualTo(1);
        assertThat(verify.out() + verify.err()).contains(v3.toString()).contains("was not closed cleanly")
                .contains("start the bot or run init once");
        assertThat(verify.out() + verify.err()).doesNotContain("integrity_check failed").doesNotContain("cannot be opened");
        assertThat(OpsFixtures.snapshot(dir)).as("verify changed no byte in the data folder").isEqualTo(before);

        try (Connection c = ReadOnlyDatabase.open(v3); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id FROM combined_v3_trades")) {
            List<Long> seen = new ArrayList<>();
            while (rs.next()) {
                seen.add(rs.getLong(1));
            }
            assertThat(seen).as("the committed rows in the -wal are read").containsAll(acknowledged);
        }
        assertThat(OpsFixtures.snapshot(dir)).isEqualTo(before);

        CliRun init = CliRun.run("init", "--data-dir", dir.toString());
        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(wal).as("init folded the -wal into the file").doesNotExist();
        CliRun again = CliRun.run("verify", "--data-dir", dir.toString());
        assertThat(again.exitCode()).as(again.toString()).isZero();
        try (DatabaseService db = DatabaseService.open(dir)) {
            List<Long> stored = db.plugin(DatabaseKey.V3_COMBINED)
                    .read(ctx -> ctx.select(COMBINED_V3_TRADES.ID).from(COMBINED_V3_TRADES).fetch(COMBINED_V3_TRADES.ID));
            assertThat(stored).containsAll(acknowledged);
        }
    }

    private static List<Long> runAndKill(Path dataDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), dataDir.toString(), "5000000")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<Long> ids = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (!line.equals("READY")) {
                        ids.add(Long.parseLong(line.trim()));
                    }
                }
            } catch (java.io.IOException | NumberFormatException e) {
                // the pipe breaks when the child is killed; a torn last line is not an acknowledgement
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (ids.size() < 20 && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(10);
        }
        assertThat(ids).as("the writer committed trades before the kill").hasSizeGreaterThanOrEqualTo(20);
        child.destroyForcibly(); // SIGKILL on Linux: no close(), no checkpoint
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);
        return new ArrayList<>(ids);
    }
}
