package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.ops.sqlite.ReadOnlyDatabase;
import com.zepix.db.testsupport.OpsFixtures;
import com.zepix.db.testsupport.SchemaVersions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @TempDir
    Path root;

    @Test
    void init_creates_the_folder_and_three_wal_databases_and_prints_the_summary() {
        Path data = root.resolve("data");

        CliRun run = CliRun.run("init", "--data-dir", data.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        for (DatabaseFile db : DatabaseFile.values()) {
            assertThat(db.in(data)).exists();
            assertThat(ReadOnlyDatabase.isWalMode(db.in(data))).as("%s in WAL mode", db).isTrue();
        }
        assertThat(OpsFixtures.snapshot(data).keySet()).as("no -wal or -shm left behind")
                .containsExactlyInAnyOrder("", "zepix_combined_v3.db", "zepix_price_action.db", "zepix_bot.db");
        String summary = run.out();
        assertThat(summary).startsWith("=".repeat(60) + System.lineSeparator() + "V5 DATABASE INITIALIZATION SUMMARY");
        assertThat(summary).contains("Overall Status: SUCCESS",
                "V3 Combined Logic Database:\n  File: " + DatabaseFile.V3.in(data) + "\n  Status: OK (created at schema version 3)\n  Tables: 4\n"
                        + "    - combined_v3_trades\n    - v3_daily_stats\n    - v3_profit_bookings\n    - v3_signals_log\n"
                        + "  Additions beyond the architecture (not counted): legacy_trade_imports\n",
                "V6 Price Action Database:", "Tables: 7\n", "    - price_action_15m_trades\n",
                "Central System Database:", "Tables: 5\n", "    - plugins_registry\n",
                "  Bookkeeping tables (not counted): flyway_schema_history, sqlite_sequence\n",
                "Legacy Database (read-only, never modified):\n  File: " + data.resolve("trading_bot.db") + "\n  Status: NOT PRESENT");
        assertThat(summary).doesNotContain("    - flyway_schema_history", "    - sqlite_sequence");
        assertThat(summary.strip().lines().toList()).endsWith("ALL DATABASES INITIALIZED SUCCESSFULLY", "=".repeat(60));
    }

    @Test
    void a_second_init_changes_nothing_and_says_the_databases_are_up_to_date() {
        Path data = root.resolve("data");
        assertThat(CliRun.run("init", "--data-dir", data.toString()).exitCode()).isZero();
        Map<String, String> before = OpsFixtures.snapshot(data);
        String historyBefore = history(DatabaseFile.CENTRAL.in(data));

        CliRun second = CliRun.run("init", "--data-dir", data.toString());

        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(OpsFixtures.snapshot(data)).as("byte-identical files, same listing").isEqualTo(before);
        assertThat(history(DatabaseFile.CENTRAL.in(data))).isEqualTo(historyBefore);
        assertThat(second.out()).contains("Status: OK (up to date at schema version 2)",
                "Status: OK (up to date at schema version " + SchemaVersions.latest("central") + ")",
                "All databases were already up to date: nothing was changed.",
                "ALL DATABASES INITIALIZED SUCCESSFULLY");
    }

    @Test
    void init_upgrades_a_database_migrations_behind() {
        Path data = root.resolve("data");
        Path central = DatabaseFile.CENTRAL.in(data);
        OpsFixtures.centralAtVersion1(central);
        assertThat(OpsFixtures.queryLong(central, "SELECT count(*) FROM plugins_registry")).isZero();

        CliRun run = CliRun.run("init", "--data-dir", data.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("File: " + central + "\n  Status: OK (upgraded from schema version 1 to "
                + SchemaVersions.latest("central") + ")");
        assertThat(OpsFixtures.queryLong(central, "SELECT count(*) FROM plugins_registry")).isEqualTo(5);
        assertThat(OpsFixtures.queryLong(central, "SELECT count(*) FROM system_config")).isEqualTo(4);
        assertThat(ReadOnlyDatabase.isWalMode(central)).isTrue();
    }

    @Test
    void a_file_that_is_not_sqlite_is_left_alone_and_named() throws Exception {
        Path data = Files.createDirectories(root.resolve("data"));
        Path v6 = DatabaseFile.V6.in(data);
        Files.writeString(v6, "not a database");

        CliRun run = CliRun.run("init", "--data-dir", data.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(Files.readString(v6)).isEqualTo("not a database");
        assertThat(run.err().strip().lines()).containsExactly(
                "zepix-db init: " + v6 + " is not a SQLite database (wrong file header)");
        assertThat(run.out()).contains("Overall Status: FAILED", "INITIALIZATION FAILED: 1 of 3 databases could not be initialized")
                .doesNotContain("ALL DATABASES INITIALIZED SUCCESSFULLY");
        assertThat(DatabaseFile.V3.in(data)).exists();
        assertThat(DatabaseFile.CENTRAL.in(data)).exists();
    }

    @Test
    void a_database_migrated_by_a_newer_version_is_refused_and_left_as_it_is() {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path central = DatabaseFile.CENTRAL.in(data);
        OpsFixtures.execute(central, TestHistory.FUTURE_MIGRATION);
        Map<String, String> before = OpsFixtures.snapshot(data);

        CliRun run = CliRun.run("init", "--data-dir", data.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains(central + " was migrated by a newer zepix-db (migrations V999 are unknown to this version)");
        assertThat(OpsFixtures.snapshot(data)).isEqualTo(before);
    }

    private static String history(Path db) {
        return OpsFixtures.queryLong(db, "SELECT count(*) FROM flyway_schema_history") + "/"
                + OpsFixtures.queryLong(db, "SELECT max(installed_rank) FROM flyway_schema_history") + "/"
                + OpsFixtures.queryLong(db, "SELECT sum(checksum) FROM flyway_schema_history");
    }
}
