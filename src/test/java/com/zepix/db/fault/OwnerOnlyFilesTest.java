package com.zepix.db.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.cli.Main;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.testsupport.PluginTrades;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under umask 022 (set in the shell that starts each command's JVM), init, backup and restore
 * leave the data folder 0700 and every database and copy 0600; the -wal and -shm SQLite makes
 * beside an open database are 0600 too; init tightens a folder and files that are looser.
 */
class OwnerOnlyFilesTest {

    @TempDir
    Path root;

    @Test
    void every_file_is_its_owners_alone_whatever_the_umask() throws Exception {
        Path data = Files.createDirectories(root.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));

        String init = run("init", "--data-dir", data.toString());
        assertThat(init).contains("Made owner-only").contains(data + ": rwxr-xr-x -> rwx------");
        assertThat(mode(data)).isEqualTo("rwx------");
        for (DatabaseFile db : DatabaseFile.values()) {
            assertThat(mode(db.in(data))).as(db.fileName()).isEqualTo("rw-------");
        }

        Path v3 = DatabaseFile.V3.in(data);
        Files.setPosixFilePermissions(v3, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(run("init", "--data-dir", data.toString())).contains(v3 + ": rw-r--r-- -> rw-------");
        assertThat(mode(v3)).isEqualTo("rw-------");

        try (DatabaseService db = DatabaseService.open(data)) {
            new PluginTrades(db).m15(1L, LocalDateTime.of(2026, 11, 29, 10, 0), false, null);
            db.plugin(DatabaseKey.V6_PRICE_ACTION_15M).read(ctx -> ctx.selectOne().fetch());
            Path v6 = DatabaseFile.V6.in(data);
            assertThat(mode(v6.resolveSibling(v6.getFileName() + "-wal"))).isEqualTo("rw-------");
            assertThat(mode(v6.resolveSibling(v6.getFileName() + "-shm"))).isEqualTo("rw-------");
        }

        run("backup", "--data-dir", data.toString());
        Path backups = data.resolve("backups");
        assertThat(mode(backups)).isEqualTo("rwx------");
        Path v6Backup;
        try (Stream<Path> files = Files.list(backups)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(3).allSatisfy(f -> assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------"));
            v6Backup = all.stream().filter(f -> f.getFileName().toString().startsWith("zepix_price_action_")).findFirst()
                    .orElseThrow();
        }

        run("restore", "--data-dir", data.toString(), v6Backup.toString());
        try (Stream<Path> files = Files.list(data)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------");
            }
        }
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("zepix_price_action_replaced_"));
        }
    }

    private static String mode(Path p) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The command in a child JVM started by a shell that sets umask 022; returns its output, asserting exit 0. */
    private static String run(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StringBuilder command = new StringBuilder("umask 022 && exec '" + java + "' -cp '"
                + System.getProperty("java.class.path") + "' " + Main.class.getName());
        for (String a : args) {
            command.append(" '").append(a).append("'");
        }
        Process child = new ProcessBuilder("/bin/sh", "-c", command.toString()).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        child.getInputStream().transferTo(out);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = out.toString(StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(output).isZero();
        return output;
    }
}
