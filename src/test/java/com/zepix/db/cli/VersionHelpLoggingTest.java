package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.testsupport.OpsFixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Command-line conventions: --version, help, suggestions, plain errors, completion and logging. */
class VersionHelpLoggingTest {

    @TempDir
    Path root;

    @AfterEach
    void defaultLogging() {
        LogSetup.defaults();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "init", "verify", "status", "backup", "restore", "sync", "stats", "bench", "schema-diff",
        "import-legacy"})
    void version_on_the_main_command_and_every_subcommand(String command) {
        CliRun run = command.isEmpty() ? CliRun.run("--version") : CliRun.run(command, "--version");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out().lines().toList()).satisfies(lines -> {
            assertThat(lines.get(0)).matches("zepix-db \\S+ \\(commit [0-9a-f]{12}\\)|zepix-db \\S+ \\(commit unknown\\)");
            assertThat(lines.get(0)).doesNotContain("${");
            assertThat(lines).anyMatch(l -> l.matches("\\s+V3 Combined Logic Database\\s+schema version \\d+"));
            assertThat(lines).anyMatch(l -> l.matches("\\s+V6 Price Action Database\\s+schema version \\d+"));
            assertThat(lines).anyMatch(l -> l.matches("\\s+Central System Database\\s+schema version \\d+"));
        });
        assertThat(root).isEmptyDirectory();
    }

    /** The build writes the commit it was built from; without git (a source tarball) it says "unknown". */
    @Test
    void the_commit_is_the_one_this_tree_is_at() throws Exception {
        Path git = Path.of(System.getProperty("zepix.project.dir", ".")).resolve(".git");
        if (Files.exists(git)) {
            Process p = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD")
                    .directory(git.getParent().toFile()).redirectErrorStream(true).start();
            String head = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(p.waitFor()).isZero();
            // built at an earlier commit of this branch is possible; the commit must at least be a real one
            Process known = new ProcessBuilder("git", "cat-file", "-e", VersionInfo.commit() + "^{commit}")
                    .directory(git.getParent().toFile()).start();
            assertThat(known.waitFor()).as("commit %s (HEAD is %s) is in this repository", VersionInfo.commit(), head).isZero();
        } else {
            assertThat(VersionInfo.commit()).isEqualTo("unknown");
        }
    }

    @Test
    void help_subcommand_shows_a_commands_usage() {
        CliRun run = CliRun.run("help", "status");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: zepix-db status").contains("--max-sync-age", "--json", "--version");
    }

    @Test
    void a_mistyped_command_gets_a_suggestion_on_one_line() {
        CliRun run = CliRun.run("stauts");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).singleElement().asString()
                .startsWith("zepix-db: Unmatched argument at index 0: 'stauts'").contains("(did you mean ").contains("'status'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "yesterday", "2026-02-30"})
    void a_bad_date_is_one_plain_line(String date) {
        CliRun run = CliRun.run("stats", "--date", date, "--data-dir", root.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).singleElement().asString()
                .isEqualTo("zepix-db stats: Invalid value for option '--date': '" + date
                        + "' is not a date: expected YYYY-MM-DD, e.g. 2026-11-29 (see 'zepix-db stats --help')");
    }

    @Test
    void the_completion_script_covers_every_command_and_option() throws Exception {
        Path script = root.resolve("zepix-db_completion");

        CompletionScript.main(new String[] {script.toString()});

        String text = Files.readString(script);
        assertThat(text).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_zepix-db");
        for (String command : new String[] {"init", "verify", "status", "backup", "restore", "sync", "stats", "bench",
                "schema-diff", "help"}) {
            assertThat(text).contains(command);
        }
        assertThat(text).contains("--keep-replaced", "--exit-code", "--log-level", "--version");
    }

    @Test
    void log_file_receives_the_outcomes_of_init_backup_sync_and_restore() throws Exception {
        Path data = root.resolve("data");
        Path log = root.resolve("zepix.log");

        assertThat(CliRun.run("init", "--data-dir", data.toString(), "--log-file", log.toString()).exitCode()).isZero();
        assertThat(CliRun.run("backup", "--data-dir", data.toString(), "--log-file", log.toString()).exitCode()).isZero();
        assertThat(CliRun.run("sync", "--data-dir", data.toString(), "--log-file", log.toString()).exitCode()).isZero();
        Path backup = data.resolve("backups/zepix_bot_20261126_101500.db");
        assertThat(CliRun.run(java.time.Clock.offset(CliRun.FIXED, java.time.Duration.ofHours(1)), "restore", "--data-dir",
                data.toString(), "--log-file", log.toString(), backup.toString()).exitCode()).isZero();

        String text = Files.readString(log);
        assertThat(text.lines()).allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT\\S+Z (INFO |WARN |ERROR|DEBUG|TRACE) \\S+: .*")
                || l.startsWith("\t") || !l.isBlank());
        assertThat(text)
                .containsPattern("INFO  InitOperation: init .*zepix_bot.db: created at schema version \\d+")
                .containsPattern("INFO  BackupOperation: backed up .*zepix_bot.db to .*zepix_bot_20261126_101500.db")
                .containsPattern("INFO  TradeSync: sync combined_v3 .*0 new")
                .containsPattern("INFO  RestoreOperation: restored .*zepix_bot.db from .*zepix_bot_20261126_101500.db")
                // Flyway's and jOOQ's narration of every connection and scratch database stays out at INFO
                .doesNotContain("FlywayExecutor")
                .doesNotContain("Schema history table")
                .doesNotContain("logVersionSupport");
    }

    @Test
    void without_log_options_stderr_gets_no_log_lines_and_a_bad_level_is_a_usage_error() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Files.writeString(data.resolve("zepix_price_action.db"), "not a database");
        PrintStream original = System.err;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        CliRun run;
        try (PrintStream capture = new PrintStream(stray, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            run = CliRun.run("sync", "--data-dir", data.toString());
        } finally {
            System.setErr(original);
        }
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(stray.toString(StandardCharsets.UTF_8)).isEmpty();

        CliRun bad = CliRun.run("sync", "--log-level", "loud", "--data-dir", data.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip().lines()).singleElement().asString()
                .contains("'loud' is not a log level (error, warn, info, debug or trace)");

        CliRun noFolder = CliRun.run("sync", "--log-file", root.resolve("nowhere/zepix.log").toString(), "--data-dir",
                data.toString());
        assertThat(noFolder.exitCode()).isEqualTo(2);
        assertThat(noFolder.err().strip().lines()).singleElement().asString().contains("nowhere").contains("does not exist");
    }

    @Test
    void an_explicit_level_sends_this_projects_log_lines_to_stderr() {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        PrintStream original = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(stderr, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            assertThat(CliRun.run("sync", "--log-level", "info", "--data-dir", data.toString()).exitCode()).isZero();
        } finally {
            System.setErr(original);
        }
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("INFO  TradeSync: sync combined_v3");
    }
}
