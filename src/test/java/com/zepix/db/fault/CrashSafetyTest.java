package com.zepix.db.fault;

import static com.zepix.db.v3.jooq.Tables.COMBINED_V3_TRADES;
import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.testsupport.TestDatabases;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL a writer at a random moment, several times: every commit it acknowledged (printed)
 * must survive, and the file must pass integrity_check. This is what synchronous=FULL and WAL buy.
 */
class CrashSafetyTest {

    private static final int ROUNDS = 4;

    @TempDir
    Path dir;

    @Test
    void every_acknowledged_commit_survives_sigkill() throws Exception {
        TestDatabases.dataDir(dir);
        Random random = new Random(20261126L);
        Set<Long> acknowledged = new HashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            acknowledged.addAll(runAndKill(round, 300 + random.nextInt(900)));
        }
        assertThat(acknowledged).as("the writer committed something before each kill").hasSizeGreaterThan(ROUNDS);

        try (Connection c = TestDatabases.open(DatabaseFile.V3.in(dir)); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        try (DatabaseService db = DatabaseService.open(dir)) {
            List<Long> stored = db.plugin(DatabaseKey.V3_COMBINED).read(ctx -> ctx.select(COMBINED_V3_TRADES.ID).from(COMBINED_V3_TRADES).fetch(COMBINED_V3_TRADES.ID));
            assertThat(stored).containsAll(acknowledged);
            System.out.printf("CrashSafetyTest: %d rounds, %d acknowledged commits, %d rows after recovery%n",
                    ROUNDS, acknowledged.size(), stored.size());
        }
    }

    private List<Long> runAndKill(int round, int millisAfterFirstCommit) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), dir.toString(), String.valueOf(1_000_000L * (round + 1)))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<Long> ids = new CopyOnWriteArrayList<>();
        List<String> ready = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.equals("READY")) {
                        ready.add(line);
                    } else {
                        ids.add(Long.parseLong(line.trim()));
                    }
                }
            } catch (java.io.IOException | NumberFormatException e) {
                // the pipe breaks when the child is killed; a torn last line is not an acknowledgement
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (ready.isEmpty() && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(10);
        }
        assertThat(ready).as("child started (round %d)", round).isNotEmpty();
        // The first commit warms jOOQ up, which takes seconds on a loaded machine: the random
        // moment of the kill is counted from it, so that every round kills a writer mid-stream.
        while (ids.isEmpty() && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(10);
        }
        assertThat(ids).as("child committed its first trade (round %d)", round).isNotEmpty();
        Thread.sleep(millisAfterFirstCommit);
        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close()
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);
        return new ArrayList<>(ids);
    }
}
