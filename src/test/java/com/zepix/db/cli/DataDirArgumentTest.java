package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.testsupport.OpsFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A --data-dir that is a regular file or /dev/null gets one and the same usage error from every command. */
class DataDirArgumentTest {

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {"init", "verify", "backup", "sync", "stats", "status"})
    void a_regular_file_or_dev_null_is_the_same_usage_error_in_every_command(String command) throws Exception {
        Path file = Files.writeString(root.resolve("not-a-folder"), "text");
        Map<String, String> before = OpsFixtures.snapshot(root);
        for (Path dataDir : new Path[] {file, Path.of("/dev/null")}) {
            CliRun run = CliRun.run(command, "--data-dir", dataDir.toString());
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.err().strip().lines().findFirst().orElse("")).as(run.toString())
                    .contains("--data-dir " + dataDir + " is not a folder");
        }
        assertThat(OpsFixtures.snapshot(root)).isEqualTo(before);
    }

    @Test
    void backup_of_a_missing_data_folder_creates_nothing() {
        Path missing = root.resolve("missing");
        CliRun run = CliRun.run("backup", "--data-dir", missing.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("the data folder " + missing + " does not exist");
        assertThat(missing).doesNotExist();
    }
}
