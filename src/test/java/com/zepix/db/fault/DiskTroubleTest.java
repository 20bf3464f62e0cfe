package com.zepix.db.fault;

import static com.zepix.db.v3.jooq.Tables.V3_SIGNALS_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.DatabaseUnavailableException;
import com.zepix.db.core.Direction;
import com.zepix.db.core.ZepixDbException;
import com.zepix.db.testsupport.TestDatabases;
import com.zepix.db.v3.V3Signal;
import com.zepix.db.v3.V3SignalLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data directory that cannot be written, or that vanishes under a running service. */
class DiskTroubleTest {

    @TempDir
    Path dir;

    private static final V3Signal SIGNAL = new V3Signal("Liquidity_Trap", "EURUSD", Direction.SELL, "15", 6, "{}");

    @Test
    void a_folder_that_disappears_while_open_fails_writes_naming_the_file() throws IOException {
        Path data = TestDatabases.dataDir(dir.resolve("data"));
        try (DatabaseService db = DatabaseService.open(data)) {
            new V3SignalLog(db.plugin(DatabaseKey.V3_COMBINED)).logProcessed(SIGNAL);
            deleteRecursively(data);
            assertThatThrownBy(() -> new V3SignalLog(db.plugin(DatabaseKey.V3_COMBINED)).logProcessed(SIGNAL))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageContaining(DatabaseFile.V3.in(data).toString())
                    .hasMessageContaining("disappeared");
            assertThatThrownBy(() -> db.plugin(DatabaseKey.V3_COMBINED).read(ctx -> ctx.fetchCount(V3_SIGNALS_LOG)))
                    .isInstanceOf(DatabaseUnavailableException.class);
        }
        assertThat(data).doesNotExist(); // nothing recreated it
    }

    @Test
    void a_read_only_folder_is_refused_naming_the_path_and_nothing_is_written() throws Exception {
        Path data = TestDatabases.dataDir(dir.resolve("data"));
        try (DatabaseService db = DatabaseService.open(data)) {
            new V3SignalLog(db.plugin(DatabaseKey.V3_COMBINED)).logProcessed(SIGNAL); // the files are in WAL mode and current
        }
        ReadOnly readOnly = ReadOnly.make(data);
        try {
            assertThatThrownBy(() -> {
                try (DatabaseService db = DatabaseService.open(data)) {
                    new V3SignalLog(db.plugin(DatabaseKey.V3_COMBINED)).logProcessed(SIGNAL);
                }
            }).isInstanceOf(ZepixDbException.class).hasMessageContaining(data.toString());
        } finally {
            readOnly.undo();
        }
        try (Connection c = TestDatabases.open(DatabaseFile.V3.in(data)); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM v3_signals_log")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    /**
     * Root ignores permission bits, so as root the folder and its files are made immutable
     * ({@code chattr +i}), which binds root too; otherwise plain permissions do.
     */
    private record ReadOnly(List<Path> paths, boolean immutable) {

        static ReadOnly make(Path folder) throws Exception {
            List<Path> paths;
            try (Stream<Path> files = Files.list(folder)) {
                paths = Stream.concat(files, Stream.of(folder)).toList();
            }
            boolean root = "root".equals(System.getProperty("user.name"));
            for (Path p : paths) {
                if (root) {
                    run("chattr", "+i", p.toString());
                } else {
                    p.toFile().setWritable(false, false);
                }
            }
            return new ReadOnly(paths, root);
        }

        void undo() throws Exception {
            for (Path p : paths) {
                if (immutable) {
                    run("chattr", "-i", p.toString());
                } else {
                    p.toFile().setWritable(true, true);
                }
            }
        }

        private static void run(String... command) throws Exception {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
