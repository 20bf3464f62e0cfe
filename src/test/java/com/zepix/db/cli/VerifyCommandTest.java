package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.SqliteConnections;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.testsupport.OpsFixtures;
import com.zepix.db.testsupport.SchemaVersions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** verify finds what is wrong and, healthy or not, leaves every byte and every file name as it was. */
class VerifyCommandTest {

    @TempDir
    Path root;

    @Test
    void healthy_databases_pass_and_nothing_changes() {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        OpsFixtures.legacyDatabase(data, 3, "delete");
        Map<String, String> before = OpsFixtures.snapshot(root);

        CliRun run = CliRun.run("verify", "--data-dir", data.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out().lines()).containsExactly(
                DatabaseFile.V3.in(data) + ": OK (schema version 3)",
                DatabaseFile.V6.in(data) + ": OK (schema version 2)",
                DatabaseFile.CENTRAL.in(data) + ": OK (schema version " + SchemaVersions.latest("central") + ")",
                "VERIFY PASSED: all 3 databases are healthy");
        assertThat(OpsFixtures.snapshot(root)).as("byte-identical files, unchanged listing").isEqualTo(before);
    }

    @Test
    void a_database_the_bot_is_writing_is_verified_through_its_wal_and_nothing_is_added() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        try (Connection bot = SqliteConnections.openForWriting(DatabaseFile.CENTRAL.in(data), SqliteSettings.durable());
                Statement st = bot.createStatement()) {
            st.execute("INSERT INTO system_events (event_type) VALUES ('LIVE')");
            // Names only: reading the -shm here would close a descriptor of it, and closing any
            // descriptor drops every POSIX lock this process holds on the file, the bot's included.
            List<String> before = OpsFixtures.fileNames(data);

            CliRun run = CliRun.run("verify", "--data-dir", data.toString());

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(OpsFixtures.fileNames(data)).containsExactlyInAnyOrderElementsOf(before);
        }
    }

    @Test
    void a_damaged_table_page_is_reported_and_the_file_left_as_it_is() {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path central = DatabaseFile.CENTRAL.in(data);
        OpsFixtures.fillCentral(central, 400);
        OpsFixtures.damageTablePage(central, "aggregated_trades");
        Map<String, String> before = OpsFixtures.snapshot(root);

        CliRun run = CliRun.run("verify", "--data-dir", data.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains(central + ": integrity_check failed: ");
        assertThat(run.out().lines().filter(l -> l.startsWith(central.toString()))).allMatch(l -> !l.contains(": OK"));
        assertThat(run.out()).contains(DatabaseFile.V3.in(data) + ": OK", "VERIFY FAILED: ");
        assertThat(OpsFixtures.snapshot(root)).isEqualTo(before);
    }

    @Test
    void a_file_that_is_not_sqlite_is_reported() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path v6 = DatabaseFile.V6.in(data);
        Files.writeString(v6, "just text, not a database at all");
        Map<String, String> before = OpsFixtures.snapshot(root);

        CliRun run = CliRun.run("verify", "--data-dir", data.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).contains(v6 + ": is not a SQLite database (wrong file header)",
                "VERIFY FAILED: 1 problem(s) in 1 of 3 databases");
        assertThat(OpsFixtures.snapshot(root)).isEqualTo(before);
    }

    @Test
    void a_missing_file_is_reported_and_not_created() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Files.delete(DatabaseFile.V6.in(data));
        Map<String, String> before = OpsFixtures.snapshot(root);

        CliRun run = CliRun.run("verify", "--data-dir", data.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).contains(DatabaseFile.V6.in(data) + ": is missing (run init to create it)");
        assertThat(OpsFixtures.snapshot(root)).isEqualTo(before);
    }

    @Test
    void a_restore_killed_between_its_renames_is_explained_and_init_is_not_advised() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path v6 = DatabaseFile.V6.in(data);
        // what the rename path leaves when killed between moving the live file aside and the copy in
        Path kept = Files.move(v6, data.resolve("zepix_price_action_replaced_20261129_100000.db"));
        Path copy = Files.copy(kept, data.resolve(".zepix_price_action.restore-4711.tmp"));
        Map<String, String> before = OpsFixtures.snapshot(root);

        CliRun run = CliRun.run("verify", "--data-dir", data.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        String line = run.out().lines().filter(l -> l.startsWith(v6 + ": ")).findFirst().orElseThrow();
        assertThat(line).contains("a restore was interrupted", copy.toString(), kept.toString(), "do not run init")
                .doesNotContain("run init to create it");
        assertThat(OpsFixtures.snapshot(root)).isEqualTo(before);

        Files.delete(copy);
        CliRun onlyKept = CliRun.run("verify", "--data-dir", data.toString());
        assertThat(onlyKept.out()).contains(v6 + ": is missing; a restore kept the previous file as " + kept)
                .contains("do not run init");
    }

    @Test
    void a_restore_killed_with_the_database_in_place_says_what_the_file_holds() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path central = DatabaseFile.CENTRAL.in(data);
        Files.copy(central, data.resolve(".zepix_bot.restore-99.tmp"));

        CliRun run = CliRun.run("verify", "--data-dir", data.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(central + ": a restore was interrupted (it left .zepix_bot.restore-99.tmp)")
                .contains("either its content from before that restore or the backup's");
    }

    @Test
    void a_missing_data_folder_is_reported_and_not_created() {
        Path data = root.resolve("nowhere");

        CliRun run = CliRun.run("verify", "--data-dir", data.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).hasSize(4).last().isEqualTo("VERIFY FAILED: 3 problem(s) in 3 of 3 databases");
        assertThat(data).doesNotExist();
    }

    static Stream<Arguments> tampering() {
        return Stream.of(
                Arguments.of(DatabaseFile.V3, "DROP TABLE v3_daily_stats", "table v3_daily_stats is missing"),
                Arguments.of(DatabaseFile.CENTRAL, "CREATE TABLE v3_daily_stats (date TEXT PRIMARY KEY)",
                        "table v3_daily_stats does not belong in this database (it is a table of the V3 Combined Logic Database)"),
                Arguments.of(DatabaseFile.V6, "ALTER TABLE market_trends ADD COLUMN note TEXT",
                        "column market_trends.note does not belong in this database"),
                Arguments.of(DatabaseFile.V6, "ALTER TABLE market_trends DROP COLUMN changes", "column market_trends.changes is missing"),
                Arguments.of(DatabaseFile.CENTRAL, "DROP INDEX idx_agg_trades_plugin", "index idx_agg_trades_plugin is missing"),
                Arguments.of(DatabaseFile.V3, "CREATE VIEW open_trades AS SELECT * FROM combined_v3_trades",
                        "view open_trades does not belong in this database"),
                Arguments.of(DatabaseFile.CENTRAL, "DELETE FROM system_config WHERE key = 'v6_enabled'",
                        "default row system_config(key='v6_enabled') is missing"),
                Arguments.of(DatabaseFile.CENTRAL, "DELETE FROM plugins_registry WHERE plugin_id = 'price_action_1h'",
                        "default row plugins_registry(plugin_id='price_action_1h') is missing"),
                Arguments.of(DatabaseFile.CENTRAL, TestHistory.FUTURE_MIGRATION,
                        "migration V999 (from the future) is unknown to this version: the database was migrated by a newer zepix-db"),
                Arguments.of(DatabaseFile.V3, "UPDATE flyway_schema_history SET checksum = 1 WHERE version = '1'",
                        "migration V1 (create tables) as applied differs from this version's (checksum mismatch)"),
                Arguments.of(DatabaseFile.CENTRAL, "PRAGMA foreign_keys = OFF; INSERT INTO sync_status (plugin_id) VALUES ('ghost')",
                        "sync_status row 1 (plugin_id 'ghost'): plugin_id 'ghost' refers to a missing plugins_registry (plugin_id) row (FOREIGN KEY)"));
    }

    @ParameterizedTest
    @MethodSource("tampering")
    void a_changed_schema_history_or_default_row_is_named(DatabaseFile db, String change, String finding) {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        OpsFixtures.execute(db.in(data), change.split("; "));
        Map<String, String> before = OpsFixtures.snapshot(root);

        CliRun run = CliRun.run("verify", "--data-dir", data.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out().lines()).as(run.toString()).contains(db.in(data) + ": " + finding);
        assertThat(OpsFixtures.snapshot(root)).isEqualTo(before);
    }

    @Test
    void a_database_one_migration_behind_is_reported_as_pending() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path central = DatabaseFile.CENTRAL.in(data);
        Files.delete(central);
        OpsFixtures.centralAtVersion1(central);

        CliRun run = CliRun.run("verify", "--data-dir", data.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).contains(
                central + ": migration V2 (default plugins and config) is pending: run init to upgrade the database");
    }

    @Test
    void a_wal_left_without_its_shm_is_reported_rather_than_read_by_creating_one() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path v3 = DatabaseFile.V3.in(data);
        Files.write(v3.resolveSibling(v3.getFileName() + "-wal"), new byte[0]);
        Map<String, String> before = OpsFixtures.snapshot(root);

        CliRun run = CliRun.run("verify", "--data-dir", data.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(v3 + ": was not closed cleanly");
        assertThat(OpsFixtures.snapshot(root)).isEqualTo(before);
    }
}
