package com.zepix.db.ops.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseUnavailableException;
import com.zepix.db.ops.schema.SchemaModel.Column;
import com.zepix.db.ops.schema.SchemaModel.Index;
import com.zepix.db.testsupport.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drift of a live V6 file, made by the real migrations and then changed by hand, from what its migrations produce. */
class SchemaDriftCheckTest {

    @TempDir
    Path dir;

    private Path live;

    @BeforeEach
    void liveV6DatabaseInWalModeAsDeployed() throws SQLException {
        live = TestDatabases.migrate(DatabaseFile.V6, dir);
        execute("PRAGMA journal_mode=WAL");
    }

    private void execute(String... statements) throws SQLException {
        try (Connection c = TestDatabases.open(live); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    @Test
    void a_column_added_by_hand_and_a_dropped_index_are_drift_and_the_file_is_left_byte_identical() throws Exception {
        execute("ALTER TABLE price_action_5m_trades ADD COLUMN operator_note TEXT",
                "DROP INDEX idx_v6_1m_symbol");
        String before = sha256(live);

        SchemaDiff diff = SchemaDriftCheck.check(live);

        assertThat(sha256(live)).as("the live file is not changed").isEqualTo(before);
        // A read-only reader of a WAL database, like any other, shares SQLite's -shm index; it writes nothing to the WAL.
        Path wal = live.resolveSibling(live.getFileName() + "-wal");
        assertThat(Files.notExists(wal) || Files.size(wal) == 0).as("nothing written to the WAL").isTrue();
        assertThat(diff.kind()).isEqualTo(SchemaDiff.Kind.DRIFT);
        assertThat(diff.from()).isEqualTo("migrations up to version 2");
        DatabaseDiff v6 = diff.databases().get(0);
        assertThat(v6.database()).isEqualTo(DatabaseFile.V6);
        assertThat(v6.tablesAdded()).isEmpty();
        assertThat(v6.tablesRemoved()).isEmpty();
        assertThat(v6.migrationFiles()).isEmpty();
        assertThat(v6.tablesChanged()).extracting(TableDiff::table)
                .containsExactly("price_action_1m_trades", "price_action_5m_trades");
        assertThat(v6.tablesChanged().get(0).indexesRemoved()).extracting(Index::name).containsExactly("idx_v6_1m_symbol");
        assertThat(v6.tablesChanged().get(1).columnsAdded()).extracting(Column::name).containsExactly("operator_note");
        assertThat(SchemaDiffMarkdown.render(diff))
                .startsWith("## Schema drift of `" + live + "`")
                .contains("- **BREAKING** index removed: `idx_v6_1m_symbol` on `(symbol)`")
                .contains("- column added: `operator_note TEXT`");
    }

    @Test
    void the_same_columns_in_another_order_are_drift() throws SQLException {
        // The table is empty, so its CREATE text can be edited in place: two columns swap places.
        execute("PRAGMA writable_schema = ON",
                "UPDATE sqlite_master SET sql = replace(replace(replace(sql, 'market_state TEXT,', '@@,'),"
                        + " 'changes      TEXT,', 'market_state TEXT,'), '@@,', 'changes      TEXT,')"
                        + " WHERE type = 'table' AND name = 'market_trends'",
                "PRAGMA writable_schema = OFF");

        SchemaDiff diff = SchemaDriftCheck.check(live);

        DatabaseDiff v6 = diff.databases().get(0);
        assertThat(v6.tablesChanged()).extracting(TableDiff::table).containsExactly("market_trends");
        TableDiff trends = v6.tablesChanged().get(0);
        assertThat(trends.columnsChanged()).isEmpty();
        assertThat(trends.columnOrder().to()).isEqualTo(
                "symbol, timeframe, bull_count, bear_count, changes, last_updated, market_state");
        assertThat(SchemaFindings.of(v6)).containsExactly("table market_trends has its columns in another order:"
                + " symbol, timeframe, bull_count, bear_count, changes, last_updated, market_state,"
                + " expected symbol, timeframe, bull_count, bear_count, market_state, last_updated, changes");
    }

    @Test
    void an_untouched_file_has_no_drift() {
        SchemaDiff diff = SchemaDriftCheck.check(live);

        assertThat(diff.hasChanges()).isFalse();
        assertThat(SchemaDiffMarkdown.render(diff))
                .isEqualTo("No drift: `" + live + "` matches what its migrations up to version 2 produce.\n");
    }

    @Test
    void an_applied_migration_whose_text_changed_since_is_reported() throws SQLException {
        execute("UPDATE flyway_schema_history SET checksum = 12345 WHERE version = '1'");

        DatabaseDiff v6 = SchemaDriftCheck.check(live).databases().get(0);

        assertThat(v6.migrationFiles()).hasSize(1);
        MigrationFileChange changed = v6.migrationFiles().get(0);
        assertThat(changed.file()).isEqualTo("V1__create_tables.sql");
        assertThat(changed.kind()).isEqualTo(MigrationFileChange.Kind.CHANGED);
        assertThat(changed.detail()).startsWith("applied with checksum 12345, this program's copy has ");
        assertThat(v6.tablesChanged()).isEmpty();
    }

    @Test
    void a_copy_under_another_name_is_recognised_by_its_tables() throws IOException {
        Path copy = Files.copy(live, dir.resolve("backup-before-upgrade.sqlite"));

        assertThat(SchemaDriftCheck.check(copy).hasChanges()).isFalse();
    }

    @Test
    void a_file_that_is_not_sqlite_is_refused_naming_it() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.db"), "not a database");

        assertThatThrownBy(() -> SchemaDriftCheck.check(notes))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining(notes.toString());
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
