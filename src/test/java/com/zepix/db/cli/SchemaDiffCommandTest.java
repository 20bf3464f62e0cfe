package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.testsupport.TempGitRepo;
import com.zepix.db.testsupport.TestDatabases;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.jooq.tools.json.JSONParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code schema-diff} on its own: output on stdout, one line on stderr for what is at fault, exit 0 or 2. */
class SchemaDiffCommandTest {

    @TempDir
    Path dir;

    private TempGitRepo git;

    private Path repo;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new SchemaDiffCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void repositoryWithOneCommittedMigration() {
        git = TempGitRepo.init(dir.resolve("repo"))
                .migration("v3", "V1__create.sql", "CREATE TABLE trades (id INTEGER PRIMARY KEY, symbol TEXT NOT NULL);");
        git.commit("v1");
        repo = git.dir();
    }

    @Test
    void an_edited_applied_migration_that_breaks_a_later_one_exits_3_without_flyways_own_error_lines() {
        git.migration("v3", "V2__copy.sql", "CREATE TABLE trades_new (id INTEGER PRIMARY KEY, symbol TEXT NOT NULL);\n"
                + "INSERT INTO trades_new SELECT * FROM trades;\nDROP TABLE trades;\nALTER TABLE trades_new RENAME TO trades;");
        git.commit("v2");
        git.migration("v3", "V1__create.sql",
                "CREATE TABLE trades (id INTEGER PRIMARY KEY, symbol TEXT NOT NULL, host TEXT);");
        java.util.List<java.util.logging.LogRecord> flywayLines = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger flyway = java.util.logging.Logger.getLogger("org.flywaydb");
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                flywayLines.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        flyway.addHandler(capture);
        java.util.logging.Level before = flyway.getLevel();
        Run run;
        try {
            run = run("--repo", repo.toString(), "--exit-code");
        } finally {
            flyway.removeHandler(capture);
        }

        assertThat(run.exit()).as(run.toString()).isEqualTo(3);
        assertThat(run.out())
                .contains("- **BREAKING** `migrations of schema/v3` (v3): they no longer apply")
                .contains("- **BREAKING** migration file changed: `V1__create.sql`")
                .contains("table trades_new has 2 columns but 3 values were supplied");
        assertThat(run.err()).isEmpty();
        assertThat(flywayLines).as("Flyway's own ERROR line about the scratch database").isEmpty();
        assertThat(flyway.getLevel()).isEqualTo(before); // restored for the commands that run after
    }

    @Test
    void no_change_prints_one_line_and_exits_0() {
        Run run = run("--repo", repo.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("No schema changes from `HEAD` to the working tree.\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void changes_print_markdown_and_exit_0() {
        git.migration("v3", "V2__lots.sql", "ALTER TABLE trades ADD COLUMN lots REAL CHECK (lots > 0);");

        Run run = run("--repo", repo.toString(), "--from", "HEAD");

        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .startsWith("## Schema changes from `HEAD` to the working tree\n")
                .contains("### V3 Combined Logic Database (`schema/v3`)")
                .contains("- column added: `lots REAL CHECK (lots > 0)`");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void json_format_for_tools() throws Exception {
        Run run = run("--repo", repo.toString(), "--json");

        assertThat(run.exit()).isZero();
        Map<?, ?> json = (Map<?, ?>) new JSONParser().parse(run.out());
        assertThat(json.get("changed")).isEqualTo(false);
    }

    @Test
    void exit_code_is_0_without_changes_1_with_changes_and_3_with_breaking_ones() {
        assertThat(run("--repo", repo.toString(), "--exit-code").exit()).isZero();

        git.migration("v3", "V2__lots.sql", "ALTER TABLE trades ADD COLUMN lots REAL CHECK (lots > 0);");
        Run changed = run("--repo", repo.toString(), "--exit-code");
        assertThat(changed.exit()).isEqualTo(1);
        assertThat(changed.out()).contains("No breaking changes.");
        assertThat(run("--repo", repo.toString()).exit()).as("without --exit-code").isZero();

        git.migration("v3", "V1__create.sql", "CREATE TABLE trades (id INTEGER PRIMARY KEY, symbol TEXT NOT NULL, side TEXT);");
        Run breaking = run("--repo", repo.toString(), "--exit-code");
        assertThat(breaking.exit()).isEqualTo(3);
        assertThat(breaking.out())
                .contains("**BREAKING** **1 breaking change**")
                .contains("- **BREAKING** `migration V1__create.sql` (v3): applied migration edited: every deployed"
                        + " database fails Flyway's checksum validation at the next init")
                .contains("- **BREAKING** migration file changed: `V1__create.sql`");
        assertThat(run("--repo", repo.toString(), "--exit-code", "--json").exit()).isEqualTo(3);
    }

    @Test
    void a_deleted_applied_migration_is_breaking() {
        git.migration("v3", "V2__lots.sql", "ALTER TABLE trades ADD COLUMN lots REAL;");
        git.commit("v2");
        git.deleteMigration("v3", "V2__lots.sql");

        Run run = run("--repo", repo.toString(), "--exit-code");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains("applied migration deleted").contains("**BREAKING** column removed: `lots REAL`");
    }

    @Test
    void a_bad_revision_exits_2_with_gits_message_on_one_line() {
        Run run = run("--repo", repo.toString(), "--from", "no-such-ref");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("zepix-db schema-diff: cannot read revision 'no-such-ref' of ")
                .endsWith("fatal: Not a valid object name no-such-ref");
    }

    @Test
    void a_folder_that_is_not_a_git_repository_exits_2() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));

        Run run = run("--repo", elsewhere.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("zepix-db schema-diff: cannot read revision 'HEAD' of " + elsewhere)
                .contains("not a git repository");
    }

    @Test
    void database_reports_drift_of_a_live_file() throws SQLException {
        Path live = TestDatabases.migrate(DatabaseFile.CENTRAL, dir.resolve("data"));
        try (Connection c = TestDatabases.open(live); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE system_events ADD COLUMN host TEXT");
        }

        Run run = run("--database", live.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .startsWith("## Schema drift of `" + live + "`")
                .contains("#### Table `system_events`")
                .contains("- column added: `host TEXT`");
    }

    @Test
    void database_that_does_not_exist_exits_2_naming_it() {
        Path missing = dir.resolve("missing.db");

        Run run = run("--database", missing.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("zepix-db schema-diff: " + missing + " does not exist\n");
    }

    @Test
    void database_with_revisions_is_a_usage_error() {
        Run run = run("--database", "x.db", "--from", "HEAD");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("takes no --from or --to");
    }
}
