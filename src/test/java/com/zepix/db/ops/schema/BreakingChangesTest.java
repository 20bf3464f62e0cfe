package com.zepix.db.ops.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zepix.db.ops.json.JsonOutput;
import com.zepix.db.ops.json.SchemaDiffJson;
import com.zepix.db.testsupport.TempGitRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which schema changes are marked breaking, in the model, the Markdown and the JSON. */
class BreakingChangesTest {

    private static final String V1 = """
            CREATE TABLE trades (
                id     INTEGER PRIMARY KEY AUTOINCREMENT,
                symbol VARCHAR(20) NOT NULL,
                lots   REAL    CHECK (lots > 0),
                note   TEXT,
                status TEXT    NOT NULL DEFAULT 'OPEN'
            );
            CREATE INDEX idx_trades_status ON trades (status);
            """;

    @TempDir
    Path dir;

    private TempGitRepo repo;

    @BeforeEach
    void committedFirstVersion() {
        repo = TempGitRepo.init(dir).migration("v6", "V1__create.sql", V1);
        repo.commit("v1");
    }

    private SchemaDiff headToWorkingTree() {
        return SchemaDiff.between(MigrationSet.atRevision(dir, "HEAD"), MigrationSet.workingTree(dir));
    }

    @Test
    void an_edited_applied_migration_is_breaking_even_when_it_changes_no_table() {
        repo.migration("v6", "V1__create.sql", V1 + "-- a comment added later\n");

        SchemaDiff diff = headToWorkingTree();

        assertThat(diff.breakingChanges()).singleElement().satisfies(b -> {
            assertThat(b.subject()).isEqualTo("migration V1__create.sql");
            assertThat(b.reason()).contains("checksum").contains("new migration");
        });
        assertThat(SchemaDiffMarkdown.render(diff))
                .contains("**BREAKING** **1 breaking change**")
                .contains("- **BREAKING** migration file changed: `V1__create.sql`");
    }

    @Test
    void additions_with_defaults_are_not_breaking() {
        repo.migration("v6", "V2__more.sql", """
                ALTER TABLE trades ADD COLUMN spread REAL NOT NULL DEFAULT 0;
                ALTER TABLE trades ADD COLUMN comment TEXT;
                CREATE INDEX idx_trades_symbol ON trades (symbol);
                CREATE TABLE fills (id INTEGER PRIMARY KEY, price REAL NOT NULL);
                """);

        SchemaDiff diff = headToWorkingTree();

        assertThat(diff.hasChanges()).isTrue();
        assertThat(diff.isBreaking()).isFalse();
        assertThat(SchemaDiffMarkdown.render(diff)).contains("No breaking changes.").doesNotContain("**BREAKING**");
    }

    @Test
    void a_new_not_null_column_without_default_a_narrowed_type_and_drops_are_breaking() throws Exception {
        // SQLite cannot add a NOT NULL column without a default, nor change a type, in place: the table is rebuilt
        repo.migration("v6", "V2__rebuild.sql", """
                DROP INDEX idx_trades_status;
                CREATE TABLE trades_new (
                    id     INTEGER PRIMARY KEY AUTOINCREMENT,
                    symbol VARCHAR(10) NOT NULL,
                    lots   INTEGER CHECK (lots > 0),
                    status TEXT    NOT NULL DEFAULT 'OPEN',
                    broker TEXT    NOT NULL
                );
                DROP TABLE trades;
                ALTER TABLE trades_new RENAME TO trades;
                """);

        SchemaDiff diff = headToWorkingTree();

        assertThat(diff.breakingChanges()).extracting(BreakingChanges.Breaking::subject).containsExactlyInAnyOrder(
                "column trades.note", "column trades.broker", "column trades.symbol", "column trades.lots",
                "index idx_trades_status");
        assertThat(diff.breakingChanges()).filteredOn(b -> b.subject().equals("column trades.lots")).singleElement()
                .satisfies(b -> assertThat(b.reason()).startsWith("type narrowed from REAL to INTEGER"));
        assertThat(SchemaDiffMarkdown.render(diff))
                .contains("- **BREAKING** column added: `broker TEXT NOT NULL`")
                .contains("- **BREAKING** column removed: `note TEXT`")
                .contains("- **BREAKING** column changed: `symbol`: type `VARCHAR(20)` → `VARCHAR(10)`");

        JsonNode json = JsonOutput.mapper().readTree(SchemaDiffJson.render(diff));
        assertThat(json.get("breaking").asBoolean()).isTrue();
        assertThat(json.get("breaking_changes")).hasSize(5);
        JsonNode trades = json.get("databases").get(0).get("tables_changed").get(0);
        assertThat(trades.get("columns_added").get(0).get("breaking").asBoolean()).isTrue();
        assertThat(trades.get("columns_changed").findValuesAsText("property")).contains("type");
    }

    @Test
    void widening_a_type_is_not_narrowing() {
        assertThat(BreakingChanges.narrowed("INTEGER", "REAL")).isFalse();
        assertThat(BreakingChanges.narrowed("REAL", "TEXT")).isFalse();
        assertThat(BreakingChanges.narrowed("VARCHAR(10)", "VARCHAR(20)")).isFalse();
        assertThat(BreakingChanges.narrowed("TEXT", "INTEGER")).isTrue();
        assertThat(BreakingChanges.narrowed("VARCHAR(20)", "VARCHAR(10)")).isTrue();
    }
}
