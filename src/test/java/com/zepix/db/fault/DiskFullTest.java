package com.zepix.db.fault;

import static com.zepix.db.v3.jooq.Tables.V3_SIGNALS_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.DatabaseUnavailableException;
import com.zepix.db.ops.init.InitOperation;
import com.zepix.db.testsupport.OpsFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A really full disk: the data folder on a 3 MiB tmpfs (mounting one needs root; elsewhere this
 * test is reported as skipped with that reason, never as passed). Writes until SQLite answers
 * SQLITE_FULL: the error names the file and says "disk full", the failed write left nothing
 * behind, and once space is freed the file is intact and takes writes again.
 */
class DiskFullTest {

    @TempDir
    Path root;

    @Test
    void a_full_disk_is_named_as_such_with_the_file_and_loses_no_commit() throws Exception {
        Path disk = Files.createDirectories(root.resolve("disk"));
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", disk.toString());
        // CI runs as root and can mount: there, a failed mount is a broken check, not a reason to skip.
        if (!mounted && System.getenv("CI") != null) {
            throw new AssertionError("CI: could not mount a tmpfs for the full-disk case");
        }
        Assumptions.assumeTrue(mounted,
                "mounting a tmpfs needs root: the full-disk case could not be run on this machine");
        try {
            Path data = disk.resolve("data");
            new InitOperation(data).run();
            Path v3 = DatabaseFile.V3.in(data);
            String padding = "{\"pad\":\"" + "x".repeat(50_000) + "\"}";
            long committed = 0;
            try (DatabaseService db = DatabaseService.open(data)) {
                while (true) {
                    try {
                        db.plugin(DatabaseKey.V3_COMBINED).write(ctx -> ctx.insertInto(V3_SIGNALS_LOG)
                                .set(V3_SIGNALS_LOG.SIGNAL_TYPE, "PAD").set(V3_SIGNALS_LOG.SYMBOL, "X")
                                .set(V3_SIGNALS_LOG.SIGNAL_JSON, padding).execute());
                        committed++;
                    } catch (DatabaseUnavailableException e) {
                        assertThat(e.file()).isEqualTo(v3);
                        assertThat(e).hasMessageStartingWith(v3.toString()).hasMessageContaining("disk full")
                                .hasMessageContaining("SQLITE_FULL");
                        break;
                    }
                    assertThat(committed).as("the 3 MiB disk filled up").isLessThan(1_000);
                }
                long stored = db.plugin(DatabaseKey.V3_COMBINED).<Integer>read(ctx -> ctx.fetchCount(V3_SIGNALS_LOG));
                assertThat(stored).as("every acknowledged write, and nothing of the failed one").isEqualTo(committed);
            }
            assertThat(committed).isPositive();
            // space freed (the WAL checkpointed away on close): intact, and writable again
            assertThat(OpsFixtures.queryLong(v3, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"))
                    .isZero();
            assertThat(OpsFixtures.queryLong(v3, "SELECT count(*) FROM v3_signals_log")).isEqualTo(committed);
        } finally {
            run("umount", disk.toString());
        }
    }

    private static boolean run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
