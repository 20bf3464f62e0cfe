package com.zepix.db.ops.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.ops.json.SchemaDiffJson;
import com.zepix.db.ops.schema.MigrationFileChange.Kind;
import com.zepix.db.ops.schema.SchemaModel.Column;
import com.zepix.db.ops.schema.SchemaModel.Index;
import com.zepix.db.testsupport.TempGitRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jooq.tools.json.JSONParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diffs of throwaway migration sets in temporary git repositories, from HEAD (or a commit) to the working tree. */
class SchemaDiffTest {

    private static final String V1 = """
            CREATE TABLE trades (
                id     INTEGER PRIMARY KEY AUTOINCREMENT,
                symbol TEXT    NOT NULL,
                lots   REAL    CHECK (lots > 0),
                status TEXT    NOT NULL DEFAULT 'OPEN'
            );
            CREATE INDEX idx_trades_status ON trades (status);
            CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);
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

    private static TableDiff onlyTableChange(SchemaDiff diff, String table) {
        assertThat(diff.databases()).extracting(DatabaseDiff::database).containsExactly(DatabaseFile.V6);
        DatabaseDiff v6 = diff.databases().get(0);
        assertThat(v6.tablesChanged()).extracting(TableDiff::table).containsExactly(table);
        return v6.tablesChanged().get(0);
    }

    @Test
    void a_column_added_is_listed_with_its_definition_and_migration_file() {
        repo.migration("v6", "V2__spread.sql", "ALTER TABLE trades ADD COLUMN spread REAL NOT NULL DEFAULT 0 CHECK (spread >= 0);");

        SchemaDiff diff = headToWorkingTree();

        TableDiff trades = onlyTableChange(diff, "trades");
        assertThat(trades.columnsAdded()).extracting(Column::name).containsExactly("spread");
        assertThat(trades.columnsAdded().get(0).definition()).isEqualTo("REAL NOT NULL DEFAULT 0 CHECK (spread >= 0)");
        assertThat(trades.columnsRemoved()).isEmpty();
        assertThat(trades.columnsChanged()).isEmpty();
        assertThat(diff.databases().get(0).migrationFiles())
                .containsExactly(new MigrationFileChange("V2__spread.sql", Kind.ADDED, null));
        assertThat(SchemaDiffMarkdown.render(diff))
                .contains("#### Table `trades`")
                .contains("- column added: `spread REAL NOT NULL DEFAULT 0 CHECK (spread >= 0)`")
                .contains("- migration file added: `V2__spread.sql`")
                .doesNotContain("notes");
    }

    @Test
    void the_same_columns_in_another_order_are_a_breaking_column_order_change() {
        repo.migration("v6", "V2__reorder.sql", """
                CREATE TABLE notes_new (body TEXT, id INTEGER PRIMARY KEY);
                INSERT INTO notes_new (id, body) SELECT id, body FROM notes;
                DROP TABLE notes;
                ALTER TABLE notes_new RENAME TO notes;
                """);

        SchemaDiff diff = headToWorkingTree();

        TableDiff notes = onlyTableChange(diff, "notes");
        assertThat(notes.columnsAdded()).isEmpty();
        assertThat(notes.columnsRemoved()).isEmpty();
        assertThat(notes.columnsChanged()).isEmpty();
        assertThat(notes.columnOrder()).isEqualTo(new TableDiff.Change("column order", "id, body", "body, id"));
        assertThat(notes.isEmpty()).isFalse();
        assertThat(BreakingChanges.of(diff)).extracting(BreakingChanges.Breaking::subject).containsExactly("table notes");
        assertThat(SchemaDiffMarkdown.render(diff))
                .contains("- **BREAKING** column order changed: `id, body` → `body, id`")
                .contains("INSERT ... VALUES without a column list puts values in the wrong columns");
    }

    @Test
    void a_column_added_in_the_middle_is_an_added_column_not_an_order_change() {
        repo.migration("v6", "V2__middle.sql", """
                CREATE TABLE notes_new (id INTEGER PRIMARY KEY, title TEXT, body TEXT);
                INSERT INTO notes_new (id, body) SELECT id, body FROM notes;
                DROP TABLE notes;
                ALTER TABLE notes_new RENAME TO notes;
                """);

        TableDiff notes = onlyTableChange(headToWorkingTree(), "notes");

        assertThat(notes.columnsAdded()).extracting(Column::name).containsExactly("title");
        assertThat(notes.columnOrder()).isNull();
    }

    @Test
    void a_changed_check_between_two_commits_is_a_column_change() {
        String first = repo.git("rev-parse", "HEAD").strip();
        repo.migration("v6", "V1__create.sql", V1.replace("CHECK (lots > 0)", "CHECK (lots > 0 AND lots <= 100)"));
        String second = repo.commit("cap lots");

        SchemaDiff diff = SchemaDiff.between(MigrationSet.atRevision(dir, first), MigrationSet.atRevision(dir, second));

        TableDiff trades = onlyTableChange(diff, "trades");
        assertThat(trades.columnsChanged()).containsExactly(new TableDiff.ColumnChange("lots",
                List.of(new TableDiff.Change("CHECK", "lots > 0", "lots > 0 AND lots <= 100")), null));
        assertThat(diff.databases().get(0).migrationFiles())
                .containsExactly(new MigrationFileChange("V1__create.sql", Kind.CHANGED, null));
        assertThat(SchemaDiffMarkdown.render(diff))
                .contains("- column changed: `lots`: CHECK `lots > 0` → `lots > 0 AND lots <= 100`");
    }

    @Test
    void triggers_added_changed_and_removed_are_listed_with_when_they_fire() {
        repo.migration("v6", "V2__triggers.sql", """
                CREATE TRIGGER trades_upper AFTER INSERT ON trades
                BEGIN UPDATE trades SET symbol = upper(symbol) WHERE rowid = NEW.rowid; END;
                CREATE TRIGGER trades_lots AFTER UPDATE OF lots ON trades
                BEGIN UPDATE trades SET lots = round(lots, 2) WHERE rowid = NEW.rowid; END;
                """);
        String withTriggers = repo.commit("triggers");
        repo.migration("v6", "V3__retrigger.sql", """
                DROP TRIGGER trades_lots;
                DROP TRIGGER trades_upper;
                CREATE TRIGGER trades_upper AFTER INSERT ON trades
                BEGIN UPDATE trades SET symbol = lower(symbol) WHERE rowid = NEW.rowid; END;
                """);

        TableDiff added = onlyTableChange(SchemaDiff.between(MigrationSet.atRevision(dir, withTriggers + "~1"),
                MigrationSet.atRevision(dir, withTriggers)), "trades");
        assertThat(added.triggersAdded()).extracting(SchemaModel.Trigger::name, SchemaModel.Trigger::event)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("trades_lots", "AFTER UPDATE OF lots"),
                        org.assertj.core.groups.Tuple.tuple("trades_upper", "AFTER INSERT"));

        SchemaDiff diff = headToWorkingTree();
        TableDiff changed = onlyTableChange(diff, "trades");
        assertThat(changed.triggersRemoved()).extracting(SchemaModel.Trigger::name).containsExactly("trades_lots");
        assertThat(changed.triggersChanged()).extracting(SchemaModel.Trigger::name).containsExactly("trades_upper");
        assertThat(changed.triggersAdded()).isEmpty();
        assertThat(SchemaDiffMarkdown.render(diff))
                .contains("- trigger removed: `trades_lots` (`AFTER UPDATE OF lots`)")
                .contains("- trigger changed: `trades_upper` (`AFTER INSERT`)");
    }

    @Test
    void an_index_added_and_one_dropped() {
        repo.migration("v6", "V2__indexes.sql", """
                CREATE INDEX idx_trades_symbol ON trades (symbol, status DESC);
                DROP INDEX idx_trades_status;
                """);

        TableDiff trades = onlyTableChange(headToWorkingTree(), "trades");

        assertThat(trades.indexesAdded()).containsExactly(
                new Index("idx_trades_symbol", "trades", false, List.of("symbol", "status DESC"), null,
                        "CREATE INDEX idx_trades_symbol ON trades (symbol, status DESC)"));
        assertThat(trades.indexesRemoved()).extracting(Index::name).containsExactly("idx_trades_status");
        assertThat(SchemaDiffMarkdown.render(headToWorkingTree()))
                .contains("- index added: `idx_trades_symbol` on `(symbol, status DESC)`")
                .contains("- **BREAKING** index removed: `idx_trades_status` on `(status)`");
    }

    @Test
    void a_table_added() {
        repo.migration("v6", "V2__fills.sql", """
                CREATE TABLE fills (
                    id       INTEGER PRIMARY KEY AUTOINCREMENT,
                    trade_id INTEGER NOT NULL REFERENCES trades (id),
                    price    REAL    NOT NULL
                );
                CREATE INDEX idx_fills_trade ON fills (trade_id);
                """);

        SchemaDiff diff = headToWorkingTree();

        DatabaseDiff v6 = diff.databases().get(0);
        assertThat(v6.tablesAdded()).extracting(SchemaModel.Table::name).containsExactly("fills");
        assertThat(v6.tablesRemoved()).isEmpty();
        assertThat(v6.tablesChanged()).isEmpty();
        assertThat(SchemaDiffMarkdown.render(diff))
                .contains("#### Table `fills` (added)")
                .contains("- column `trade_id INTEGER NOT NULL REFERENCES trades (id)`")
                .contains("- index `idx_fills_trade` on `(trade_id)`");
    }

    @Test
    void a_table_removed() {
        repo.migration("v6", "V2__drop_notes.sql", "DROP TABLE notes;");

        SchemaDiff diff = headToWorkingTree();

        DatabaseDiff v6 = diff.databases().get(0);
        assertThat(v6.tablesRemoved()).containsExactly("notes");
        assertThat(v6.tablesAdded()).isEmpty();
        assertThat(v6.tablesChanged()).isEmpty();
        assertThat(SchemaDiffMarkdown.render(diff)).contains("- **BREAKING** table removed: `notes`");
    }

    @Test
    void no_change_is_one_line() {
        SchemaDiff diff = headToWorkingTree();

        assertThat(diff.hasChanges()).isFalse();
        assertThat(SchemaDiffMarkdown.render(diff)).isEqualTo("No schema changes from `HEAD` to the working tree.\n");
    }

    @Test
    void layout_comments_and_quoting_alone_are_no_schema_change() {
        repo.migration("v6", "V1__create.sql", "-- reformatted\n" + V1
                .replace("CHECK (lots > 0)", "check(  \"lots\" >0 ) /* same */")
                .replace("status TEXT    NOT NULL DEFAULT 'OPEN'", "status text not null default 'OPEN'"));

        SchemaDiff diff = headToWorkingTree();

        assertThat(diff.databases()).hasSize(1);
        assertThat(diff.databases().get(0).tablesChanged()).isEmpty();
        assertThat(diff.databases().get(0).migrationFiles()).extracting(MigrationFileChange::kind).containsExactly(Kind.CHANGED);
    }

    @Test
    void a_bad_revision_fails_with_gits_message() {
        assertThatThrownBy(() -> MigrationSet.atRevision(dir, "no-such-branch"))
                .isInstanceOf(SchemaReviewException.class)
                .hasMessageContaining("'no-such-branch'")
                .hasMessageContaining("fatal: Not a valid object name no-such-branch");
    }

    @Test
    void an_edited_applied_migration_that_a_later_one_no_longer_fits_is_breaking_not_an_error() throws Exception {
        // V2 copies the table with SELECT *, as the real timestamp migrations do: a column added to V1 breaks it
        repo.migration("v6", "V2__copy.sql", """
                CREATE TABLE notes_new (id INTEGER PRIMARY KEY, body TEXT);
                INSERT INTO notes_new SELECT * FROM notes;
                DROP TABLE notes;
                ALTER TABLE notes_new RENAME TO notes;
                """);
        repo.commit("v2");
        repo.migration("v6", "V1__create.sql", V1.replace("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);",
                "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, author TEXT);"));

        SchemaDiff diff = headToWorkingTree();

        DatabaseDiff v6 = diff.databases().get(0);
        assertThat(v6.doesNotApply()).startsWith("the migrations of schema/v6 at the working tree do not apply: ")
                .contains("V2__copy.sql").contains("table notes_new has 2 columns but 3 values were supplied");
        assertThat(v6.migrationFiles()).containsExactly(new MigrationFileChange("V1__create.sql", Kind.CHANGED, null));
        assertThat(diff.isBreaking()).isTrue();
        assertThat(diff.breakingChanges()).extracting(BreakingChanges.Breaking::subject)
                .containsExactly("migrations of schema/v6", "migration V1__create.sql");
        assertThat(SchemaDiffMarkdown.render(diff))
                .contains("- **BREAKING** migrations do not apply, so nothing else could be compared: the migrations of"
                        + " schema/v6 at the working tree do not apply: ")
                .contains("- **BREAKING** migration file changed: `V1__create.sql`");
        Map<?, ?> json = (Map<?, ?>) new JSONParser().parse(SchemaDiffJson.render(diff));
        Map<?, ?> db = (Map<?, ?>) ((List<?>) json.get("databases")).get(0);
        assertThat((String) db.get("does_not_apply")).contains("table notes_new has 2 columns but 3 values were supplied");
        assertThat(json.get("breaking")).isEqualTo(true);
    }

    @Test
    void migrations_that_do_not_apply_at_the_reference_side_fail_naming_the_folder_and_revision() {
        repo.migration("v6", "V2__broken.sql", "ALTER TABLE no_such_table ADD COLUMN x TEXT;");
        String broken = repo.commit("broken");
        repo.migration("v6", "V3__more.sql", "CREATE TABLE more (id INTEGER PRIMARY KEY);");

        assertThatThrownBy(() -> SchemaDiff.between(MigrationSet.atRevision(dir, broken), MigrationSet.workingTree(dir)))
                .isInstanceOf(SchemaReviewException.class)
                .hasMessageStartingWith("the migrations of schema/v6 at " + broken + " do not apply: ")
                .hasMessageContaining("no such table");
    }

    @Test
    void json_lists_the_same_changes_and_parses() throws Exception {
        repo.migration("v6", "V2__spread.sql", "ALTER TABLE trades ADD COLUMN spread REAL CHECK (spread >= 0);\n"
                + "DROP INDEX idx_trades_status;");

        Object parsed = new JSONParser().parse(SchemaDiffJson.render(headToWorkingTree()));

        Map<?, ?> root = (Map<?, ?>) parsed;
        assertThat(root.get("kind")).isEqualTo("revisions");
        assertThat(root.get("from")).isEqualTo("HEAD");
        assertThat(root.get("to")).isEqualTo("working tree");
        assertThat(root.get("changed")).isEqualTo(true);
        Map<?, ?> v6 = (Map<?, ?>) ((List<?>) root.get("databases")).get(0);
        assertThat(v6.get("database")).isEqualTo("v6");
        Map<?, ?> trades = (Map<?, ?>) ((List<?>) v6.get("tables_changed")).get(0);
        Map<?, ?> spread = (Map<?, ?>) ((List<?>) trades.get("columns_added")).get(0);
        assertThat(spread.get("name")).isEqualTo("spread");
        assertThat(spread.get("checks")).isEqualTo(List.of("spread >= 0"));
        assertThat(spread.get("breaking")).isEqualTo(false);
        Map<?, ?> dropped = (Map<?, ?>) ((List<?>) trades.get("indexes_removed")).get(0);
        assertThat(dropped.get("name")).isEqualTo("idx_trades_status");
        assertThat(dropped.get("breaking")).isEqualTo(true);
        assertThat(root.get("format_version")).isEqualTo(1L);
        assertThat(root.get("breaking")).isEqualTo(true);
        assertThat((List<?>) root.get("breaking_changes")).singleElement()
                .satisfies(b -> assertThat(((Map<?, ?>) b).get("subject")).isEqualTo("index idx_trades_status"));
    }

    @Test
    void json_of_no_change_says_so() throws Exception {
        Map<?, ?> root = (Map<?, ?>) new JSONParser().parse(SchemaDiffJson.render(headToWorkingTree()));

        assertThat(root.get("changed")).isEqualTo(false);
        assertThat((List<?>) root.get("databases")).isEmpty();
    }
}
