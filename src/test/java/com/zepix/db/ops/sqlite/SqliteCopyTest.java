package com.zepix.db.ops.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.ops.ProgressListener;
import com.zepix.db.testsupport.OpsFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteCopyTest {

    @TempDir
    Path dir;

    @Test
    void the_copy_is_complete_owner_only_and_its_progress_ends_once() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(dir.resolve("data"));
        Path central = DatabaseFile.CENTRAL.in(data);
        OpsFixtures.fillCentral(central, 3000);
        Path copy = dir.resolve("copy.db");
        List<long[]> progress = new CopyOnWriteArrayList<>();
        List<String> finished = new CopyOnWriteArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(String label, long bytesDone, long bytesTotal) {
                progress.add(new long[] {bytesDone, bytesTotal});
            }

            @Override
            public void finished(String label) {
                finished.add(label);
            }
        };

        try (Connection c = ReadOnlyDatabase.open(central)) {
            SqliteCopy.createOwnerOnly(copy);
            SqliteCopy.vacuumInto(c, copy, listener, "zepix_bot.db");
        }

        assertThat(finished).containsExactly("zepix_bot.db");
        assertThat(progress).allMatch(p -> p[0] >= 0 && p[0] <= p[1]);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
        assertThat(OpsFixtures.queryLong(copy, "SELECT count(*) FROM aggregated_trades")).isEqualTo(3000);
    }
}
