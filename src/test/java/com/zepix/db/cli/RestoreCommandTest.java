package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.SqliteConnections;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.ops.sqlite.ReadOnlyDatabase;
import com.zepix.db.testsupport.OpsFixtures;
import com.zepix.db.testsupport.SchemaVersions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RestoreCommandTest {

    private static final Clock LATER = Clock.fixed(Instant.parse("2026-11-26T11:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    @Test
    void restore_round_trip_brings_back_the_backed_up_data_and_keeps_the_replaced_file() {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path central = DatabaseFile.CENTRAL.in(data);
        OpsFixtures.execute(central, "INSERT INTO system_events (event_type, description) VALUES ('BEFORE', 'in the backup')");
        assertThat(CliRun.run("backup", "--data-dir", data.toString()).exitCode()).isZero();
        OpsFixtures.execute(central, "INSERT INTO system_events (event_type, description) VALUES ('AFTER', 'not in the backup')");
        Path backup = data.resolve("backups/zepix_bot_20261126_101500.db");

        CliRun run = CliRun.run(LATER, "restore", "--data-dir", data.toString(), backup.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path kept = data.resolve("zepix_bot_replaced_20261126_110000.db");
        assertThat(run.out().lines()).containsExactly(
                "Restored " + backup + " as " + central + " (Central System Database, schema version "
                        + SchemaVersions.latest("central") + ")",
                "The replaced file is kept as " + kept);
        assertThat(OpsFixtures.queryLong(central, "SELECT count(*) FROM system_events WHERE event_type = 'BEFORE'")).isEqualTo(1);
        assertThat(OpsFixtures.queryLong(central, "SELECT count(*) FROM system_events WHERE event_type = 'AFTER'")).isZero();
        assertThat(OpsFixtures.queryLong(kept, "SELECT count(*) FROM system_events")).isEqualTo(2);
        assertThat(ReadOnlyDatabase.isWalMode(central)).isTrue();
        assertThat(OpsFixtures.snapshot(data).keySet()).as("no temp, -wal or -shm files left")
                .containsExactlyInAnyOrder("", "backups", "backups/zepix_bot_20261126_101500.db",
                        "backups/zepix_combined_v3_20261126_101500.db", "backups/zepix_price_action_20261126_101500.db",
                        "zepix_bot.db", "zepix_bot_replaced_20261126_110000.db", "zepix_combined_v3.db", "zepix_price_action.db");
        assertThat(CliRun.run("verify", "--data-dir", data.toString()).exitCode()).isZero();
    }

    @Test
    void keep_replaced_removes_the_older_replaced_copies_of_that_database_only() {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        assertThat(CliRun.run("backup", "--data-dir", data.toString()).exitCode()).isZero();
        Path backup = data.resolve("backups/zepix_bot_20261126_101500.db");
        Path v3Backup = data.resolve("backups/zepix_combined_v3_20261126_101500.db");
        for (int hour = 11; hour <= 13; hour++) {
            Clock at = Clock.fixed(Instant.parse("2026-11-26T" + hour + ":00:00Z"), ZoneOffset.UTC);
            assertThat(CliRun.run(at, "restore", "--data-dir", data.toString(), backup.toString()).exitCode()).isZero();
        }
        assertThat(CliRun.run(LATER, "restore", "--data-dir", data.toString(), v3Backup.toString()).exitCode()).isZero();
        Clock last = Clock.fixed(Instant.parse("2026-11-26T14:00:00Z"), ZoneOffset.UTC);

        CliRun run = CliRun.run(last, "restore", "--keep-replaced", "2", "--data-dir", data.toString(), backup.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Removed older replaced file " + data.resolve("zepix_bot_replaced_20261126_110000.db"))
                .contains("Removed older replaced file " + data.resolve("zepix_bot_replaced_20261126_120000.db"));
        assertThat(OpsFixtures.fileNames(data)).filteredOn(n -> n.contains("_replaced_")).containsExactlyInAnyOrder(
                "zepix_bot_replaced_20261126_130000.db", "zepix_bot_replaced_20261126_140000.db",
                "zepix_combined_v3_replaced_20261126_110000.db");
        assertThat(CliRun.run(last, "restore", "--keep-replaced", "0", "--data-dir", data.toString(), backup.toString())
                .exitCode()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(DatabaseFile.class)
    void the_database_is_recognised_by_its_tables(DatabaseFile db) throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        Path copy = elsewhere.resolve("copy.db");
        Files.copy(db.in(data), copy);

        CliRun run = CliRun.run(LATER, "restore", "--data-dir", data.toString(), copy.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Restored " + copy + " as " + db.in(data) + " (" + db.title());
    }

    @Test
    void a_damaged_backup_is_refused_and_nothing_changes() {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        OpsFixtures.fillCentral(DatabaseFile.CENTRAL.in(data), 400);
        assertThat(CliRun.run("backup", "--data-dir", data.toString()).exitCode()).isZero();
        Path backup = data.resolve("backups/zepix_bot_20261126_101500.db");
        OpsFixtures.damageTablePage(backup, "aggregated_trades");
        Map<String, String> before = OpsFixtures.snapshot(root);

        CliRun run = CliRun.run(LATER, "restore", "--data-dir", data.toString(), backup.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err().strip().lines()).hasSize(1).first().asString()
                .startsWith("zepix-db restore: restore refused, nothing was changed: " + backup + " fails integrity_check: ");
        assertThat(OpsFixtures.snapshot(root)).as("live files byte-identical, no file added or removed").isEqualTo(before);
    }

    @Test
    void a_backup_from_a_newer_version_is_refused() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path newer = Files.copy(DatabaseFile.CENTRAL.in(data), root.resolve("newer.db"));
        OpsFixtures.execute(newer, TestHistory.FUTURE_MIGRATION);
        Map<String, String> before = OpsFixtures.snapshot(data);

        CliRun run = CliRun.run(LATER, "restore", "--data-dir", data.toString(), newer.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(newer + ": migration V999 (from the future) is unknown to this version");
        assertThat(OpsFixtures.snapshot(data)).isEqualTo(before);
    }

    @Test
    void a_backup_migrations_behind_is_restored_and_init_is_suggested() {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path older = root.resolve("older/zepix_bot.db");
        OpsFixtures.centralAtVersion1(older);

        CliRun run = CliRun.run(LATER, "restore", "--data-dir", data.toString(), older.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("schema version 1)", "Its schema version 1 is older than this version's " + SchemaVersions.latest("central") + ": run init to upgrade it.");
    }

    @Test
    void a_file_that_is_none_of_the_three_databases_is_refused() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path other = root.resolve("other.db");
        OpsFixtures.legacyDatabase(root, 2, "delete");
        Files.move(root.resolve("trading_bot.db"), other);
        Path text = Files.writeString(root.resolve("notes.db"), "hello");
        Map<String, String> before = OpsFixtures.snapshot(data);

        CliRun sqlite = CliRun.run(LATER, "restore", "--data-dir", data.toString(), other.toString());
        CliRun notSqlite = CliRun.run(LATER, "restore", "--data-dir", data.toString(), text.toString());
        CliRun missing = CliRun.run(LATER, "restore", "--data-dir", data.toString(), root.resolve("gone.db").toString());

        assertThat(sqlite.exitCode()).isEqualTo(1);
        assertThat(sqlite.err()).contains(other + " holds none of the tables of the three databases (it has: trades)");
        assertThat(notSqlite.exitCode()).isEqualTo(1);
        assertThat(notSqlite.err()).contains(text + " is not a SQLite database");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains(root.resolve("gone.db") + " does not exist");
        assertThat(OpsFixtures.snapshot(data)).isEqualTo(before);
    }

    @Test
    void restoring_from_a_live_file_is_a_usage_error() {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Map<String, String> before = OpsFixtures.snapshot(data);

        CliRun run = CliRun.run(LATER, "restore", "--data-dir", data.toString(), data.resolve("./zepix_bot.db").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1).first().asString()
                .contains("is the live database file " + DatabaseFile.CENTRAL.in(data));
        assertThat(OpsFixtures.snapshot(data)).isEqualTo(before);
    }

    @Test
    void a_database_the_bot_has_open_is_not_replaced() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        assertThat(CliRun.run("backup", "--data-dir", data.toString()).exitCode()).isZero();
        Path central = DatabaseFile.CENTRAL.in(data);
        try (Connection bot = SqliteConnections.openForWriting(central, SqliteSettings.durable())) {
            CliRun run = CliRun.run(LATER, "restore", "--data-dir", data.toString(),
                    data.resolve("backups/zepix_bot_20261126_101500.db").toString());

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.err()).contains(central + " is in use by another connection: stop the bot before restoring");
            assertThat(data.resolve("zepix_bot_replaced_20261126_110000.db")).doesNotExist();
            assertThat(OpsFixtures.snapshot(data).keySet()).noneMatch(name -> name.endsWith(".tmp"));
        }
    }
}
