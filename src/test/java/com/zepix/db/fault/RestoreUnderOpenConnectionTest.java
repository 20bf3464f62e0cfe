package com.zepix.db.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.ops.backup.RestoreOperation;
import com.zepix.db.testsupport.OpsFixtures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case that corrupted the V6 file when restore renamed files: another process has the file
 * open but has not read it yet, so the in-use probe cannot see it; restore goes ahead; then that
 * process writes. Its commit must land in the restored database, and the file must stay intact.
 */
class RestoreUnderOpenConnectionTest {

    @TempDir
    Path root;

    @Test
    void a_process_holding_the_file_open_sees_the_restored_content_and_its_later_commit_is_kept() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path v6 = DatabaseFile.V6.in(data);
        OpsFixtures.execute(v6, "INSERT INTO market_trends (symbol, timeframe) VALUES ('IN_BACKUP', '60')");
        Path backup = root.resolve("v6-backup.db");
        OpsFixtures.execute(v6, "VACUUM INTO '" + backup + "'");
        OpsFixtures.execute(v6, "INSERT INTO market_trends (symbol, timeframe) VALUES ('AFTER_BACKUP', '60')");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                IdleConnectionHolder.class.getName(), v6.toString(), "FROM_OTHER_PROCESS")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter in = new PrintWriter(child.getOutputStream(), true, StandardCharsets.UTF_8)) {
            assertThat(out.readLine()).isEqualTo("READY");

            var report = new RestoreOperation(data, backup,
                    Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC)).run();

            in.println("WRITE");
            assertThat(out.readLine()).isEqualTo("COMMITTED");
            in.println("EXIT");
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isZero();

            assertThat(OpsFixtures.queryLong(v6, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"))
                    .isZero();
            assertThat(symbols(v6)).isEqualTo("FROM_OTHER_PROCESS,IN_BACKUP");
            Path kept = report.kept().get(0);
            assertThat(kept.getFileName().toString()).isEqualTo("zepix_price_action_replaced_20261129_100000.db");
            assertThat(symbols(kept)).isEqualTo("AFTER_BACKUP,IN_BACKUP");
            assertThat(OpsFixtures.fileNames(data)).noneMatch(n -> n.endsWith(".tmp"));
        } finally {
            child.destroyForcibly();
        }
        // and the file still opens as a clean, current database
        assertThat(Files.exists(v6)).isTrue();
        assertThat(OpsFixtures.queryLong(v6, "SELECT count(*) FROM market_trends")).isEqualTo(2);
    }

    private static String symbols(Path db) {
        return String.join(",", OpsFixtures.strings(db, "SELECT symbol FROM market_trends ORDER BY symbol"));
    }
}
