package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.DatabaseUnavailableException;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.testsupport.OpsFixtures;
import com.zepix.db.testsupport.PluginTrades;
import com.zepix.db.testsupport.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.zepix.db.central.jooq.Tables.SYSTEM_EVENTS;

/**
 * #12: a database that cannot be written or opened is named, with SQLite's reason, by every
 * command. The tests run as root, where file modes stop no write, so "read-only" is made the way
 * it happens to root: a read-only bind mount of central alone, and the whole data folder on a tmpfs
 * remounted read-only. Mounting needs root; elsewhere these two are reported as skipped with that
 * reason, and under CI (which runs as root) a failed mount fails them, as in DiskFullTest.
 */
class ReadOnlyAndUnopenableFilesTest {

    @TempDir
    Path dir;

    @Test
    void a_read_only_central_is_named_once_by_sync_which_syncs_nothing_and_exits_1() throws Exception {
        Path data = dir.resolve("data");
        TestDatabases.dataDir(data);
        try (DatabaseService db = DatabaseService.open(data)) {
            new PluginTrades(db).v3(100L, 101L, LocalDateTime.of(2026, 11, 26, 9, 0), TradeStatus.CLOSED, 25.0, LogicRoute.LOGIC1);
        }
        // init first makes the modes owner-only, so that init on the read-only file below gets as far as writing
        assertThat(CliRun.run("init", "--data-dir", data.toString()).exitCode()).isZero();
        Path central = DatabaseFile.CENTRAL.in(data);
        mountOrSkip("a read-only bind mount of central", "mount", "--bind", central.toString(), central.toString());
        try {
            assertThat(mount("mount", "-o", "remount,bind,ro", central.toString())).as("remount read-only").isTrue();
            Map<String, String> before = OpsFixtures.snapshot(data);

            CliRun sync = CliRun.run("sync", "--data-dir", data.toString());
            assertThat(sync.exitCode()).as(sync.toString()).isEqualTo(1);
            assertThat(sync.err().strip().lines()).as(sync.toString()).hasSize(1).first().asString()
                    .startsWith("zepix-db sync: " + central)
                    .contains("cannot be written: read-only (SQLITE_READONLY")
                    .contains("nothing was synced").doesNotContain("unexpected");
            assertThat(sync.out()).as(sync.toString()).doesNotContain("combined_v3").doesNotContain("FAILED");
            assertThat(withoutWalAndShm(OpsFixtures.snapshot(data), central)).as("nothing written anywhere")
                    .isEqualTo(withoutWalAndShm(before, central));
            Path centralWal = central.resolveSibling(central.getFileName() + "-wal");
            if (Files.exists(centralWal)) {
                assertThat(Files.size(centralWal)).as("nothing went into central's -wal either").isZero();
            }

            try (DatabaseService db = DatabaseService.open(data)) {
                assertThatThrownBy(() -> db.plugin(DatabaseKey.CENTRAL_SYSTEM).write(ctx -> ctx.insertInto(SYSTEM_EVENTS)
                        .set(SYSTEM_EVENTS.EVENT_TYPE, "X").execute()))
                        .isInstanceOf(DatabaseUnavailableException.class)
                        .hasMessageStartingWith(central.toString())
                        .hasMessageContaining("read-only (SQLITE_READONLY");
            }

            CliRun init = CliRun.run("init", "--data-dir", data.toString());
            assertThat(init.exitCode()).as(init.toString()).isEqualTo(1);
            assertThat(init.out() + init.err()).contains(central + " cannot be written: read-only (SQLITE_READONLY");
            // what the read-only file made SQLite leave behind (an empty -wal) is not called an unclean close
            CliRun verify = CliRun.run("verify", "--data-dir", data.toString());
            assertThat(verify.out()).as(verify.toString()).doesNotContain("not closed cleanly");
        } finally {
            mount("umount", central.toString());
        }
    }

    @Test
    void a_data_folder_on_a_read_only_file_system_is_named_by_each_command() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        mountOrSkip("a tmpfs", "mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", disk.toString());
        try {
            Path data = disk.resolve("data");
            assertThat(CliRun.run("init", "--data-dir", data.toString()).exitCode()).isZero();
            assertThat(mount("mount", "-o", "remount,ro", disk.toString())).as("remount read-only").isTrue();
            Map<String, String> before = OpsFixtures.snapshot(data);

            // A WAL database needs its -wal and -shm: SQLite cannot create them in a read-only folder.
            CliRun sync = CliRun.run("sync", "--data-dir", data.toString());
            assertThat(sync.exitCode()).as(sync.toString()).isEqualTo(1);
            assertThat(sync.err().strip()).as(sync.toString()).startsWith("zepix-db sync: " + DatabaseFile.CENTRAL.in(data))
                    .contains("cannot be opened (SQLITE_CANTOPEN").contains("the folder can be written");
            CliRun stats = CliRun.run("stats", "--data-dir", data.toString());
            assertThat(stats.exitCode()).as(stats.toString()).isNotZero();
            assertThat(stats.err()).as(stats.toString()).contains(DatabaseFile.V3.in(data).toString()).contains("SQLITE_CANTOPEN");
            CliRun init = CliRun.run("init", "--data-dir", data.toString());
            assertThat(init.exitCode()).as(init.toString()).isEqualTo(1);
            for (DatabaseFile file : DatabaseFile.values()) {
                assertThat(init.out() + init.err()).as(init.toString()).contains(file.in(data).toString());
            }
            // verify only reads: it needs neither file and passes
            CliRun verify = CliRun.run("verify", "--data-dir", data.toString());
            assertThat(verify.exitCode()).as(verify.toString()).isZero();
            assertThat(OpsFixtures.snapshot(data)).isEqualTo(before);
        } finally {
            mount("umount", disk.toString());
        }
    }

    @Test
    void a_database_path_that_is_a_folder_is_named_by_each_command() throws Exception {
        Path data = dir.resolve("data");
        TestDatabases.dataDir(data);
        Path central = DatabaseFile.CENTRAL.in(data);
        Files.delete(central);
        Files.createDirectory(central);
        for (String command : new String[] {"sync", "backup", "init", "status", "verify"}) {
            CliRun run = CliRun.run(command, "--data-dir", data.toString());
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.out() + run.err()).as(run.toString()).contains(central + (command.equals("verify") ? ": " : " "))
                    .contains("not a regular file").doesNotContain("unexpected").doesNotContain("Exception");
        }
        assertThat(CliRun.run("verify", "--data-dir", data.toString()).out()).contains(central + ": is not a regular file (it is a folder)");
        assertThatThrownBy(() -> DatabaseService.open(data)).isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith(central.toString()).hasMessageContaining("not a regular file");
        assertThat(central).isDirectory().isEmptyDirectory();
    }

    private static Map<String, String> withoutWalAndShm(Map<String, String> snapshot, Path central) {
        Map<String, String> kept = new TreeMap<>(snapshot);
        kept.remove(central.getFileName() + "-wal");
        kept.remove(central.getFileName() + "-shm");
        return kept;
    }

    private static void mountOrSkip(String what, String... command) throws Exception {
        boolean mounted = mount(command);
        // CI runs as root and can mount: there, a failed mount is a broken check, not a reason to skip.
        if (!mounted && System.getenv("CI") != null) {
            throw new AssertionError("CI: could not mount " + what + " for the read-only case");
        }
        Assumptions.assumeTrue(mounted, "mounting " + what + " needs root: the read-only case could not be run on this machine");
    }

    private static boolean mount(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
