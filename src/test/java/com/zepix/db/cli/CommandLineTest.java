package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.testsupport.OpsFixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every command shares: help, exit codes, one-line errors, and silence from the libraries. */
class CommandLineTest {

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {"init", "verify", "backup", "restore", "sync", "stats", "bench", "import-legacy"})
    void every_command_has_help_and_the_common_options(String command) {
        CliRun run = CliRun.run(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: zepix-db " + command).contains("--data-dir=DIR", "--verbose", "--help", "./data");
        assertThat(root).isEmptyDirectory();
    }

    @Test
    void the_top_level_help_lists_the_commands() {
        CliRun run = CliRun.run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("init", "verify", "backup", "restore", "sync", "stats", "bench", "import-legacy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "frobnicate", "init --no-such-option", "restore", "backup --keep many", "verify extra",
        "import-legacy --legacy", "import-legacy extra", "bench --rounds 0", "bench --case 99", "bench --case 0,7"})
    void bad_usage_exits_2_with_one_line_naming_the_fault(String args) {
        CliRun run = CliRun.run(args.isEmpty() ? new String[0] : args.split(" "));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err().strip().lines()).as(run.toString()).hasSize(1).first().asString().startsWith("zepix-db");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void an_error_is_one_line_and_verbose_adds_the_stack_trace() throws Exception {
        // a file where the data folder's parent should be: the folder cannot be created
        Path file = Files.writeString(root.resolve("data"), "a file where a folder should be");
        Path notAFolder = file.resolve("inside");

        CliRun plain = CliRun.run("init", "--data-dir", notAFolder.toString());
        CliRun verbose = CliRun.run("init", "--data-dir", notAFolder.toString(), "--verbose");

        assertThat(plain.exitCode()).isEqualTo(1);
        assertThat(plain.err().strip().lines()).hasSize(1).first().asString()
                .startsWith("zepix-db init: cannot create the data folder " + notAFolder);
        assertThat(verbose.exitCode()).isEqualTo(1);
        assertThat(verbose.err()).startsWith("zepix-db init: cannot create the data folder " + notAFolder)
                .contains("\tat com.zepix.db.ops.init.InitOperation.run");
    }

    /** Flyway's and jOOQ's chatter would go to the process's streams, not to picocli's writers. */
    @Test
    void the_libraries_say_nothing_at_default_verbosity() throws Exception {
        Path data = root.resolve("data");
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(stray, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            assertThat(CliRun.run("init", "--data-dir", data.toString()).exitCode()).isZero();
            OpsFixtures.execute(data.resolve("zepix_bot.db"), "UPDATE flyway_schema_history SET checksum = 1");
            assertThat(CliRun.run("verify", "--data-dir", data.toString()).exitCode()).isEqualTo(1);
            assertThat(CliRun.run("backup", "--data-dir", data.toString()).exitCode()).isZero();
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        assertThat(stray.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(System.getProperty("org.jooq.no-logo")).isEqualTo("true");
        assertThat(System.getProperty("org.jooq.no-tips")).isEqualTo("true");
    }
}
