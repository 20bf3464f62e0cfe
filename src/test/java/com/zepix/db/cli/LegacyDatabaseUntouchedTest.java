package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.testsupport.OpsFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import com.zepix.db.testsupport.LegacyFiles;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.sqlite.SQLiteDataSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** trading_bot.db is read by init's report and by import-legacy only, and never changed by any command. */
class LegacyDatabaseUntouchedTest {

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {"delete", "wal"})
    void the_legacy_database_is_byte_identical_after_every_command(String journalMode) throws Exception {
        Path data = Files.createDirectories(root.resolve("data"));
        OpsFixtures.legacyDatabase(data, 3, journalMode);
        Map<String, String> legacy = legacyFiles(data);
        assertThat(legacy).containsOnlyKeys("trading_bot.db");

        CliRun init = CliRun.run("init", "--data-dir", data.toString());
        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(init.out()).contains("Legacy Database (read-only, never modified):\n  File: " + data.resolve("trading_bot.db")
                + "\n  Status: PRESENT, untouched\n  Tables: 1\n    - trades\n  Trades: 3 rows\n");
        assertThat(legacyFiles(data)).isEqualTo(legacy);

        assertThat(CliRun.run("init", "--data-dir", data.toString()).exitCode()).isZero();
        assertThat(legacyFiles(data)).isEqualTo(legacy);

        assertThat(CliRun.run("verify", "--data-dir", data.toString()).exitCode()).isZero();
        assertThat(legacyFiles(data)).isEqualTo(legacy);

        assertThat(CliRun.run("backup", "--data-dir", data.toString(), "--keep", "1").exitCode()).isZero();
        assertThat(legacyFiles(data)).isEqualTo(legacy);

        CliRun restore = CliRun.run("restore", "--data-dir", data.toString(),
                data.resolve("backups/zepix_bot_20261126_101500.db").toString());
        assertThat(restore.exitCode()).as(restore.toString()).isZero();
        assertThat(legacyFiles(data)).isEqualTo(legacy);

        CliRun restoreLegacy = CliRun.run("restore", "--data-dir", data.toString(), data.resolve("trading_bot.db").toString());
        assertThat(restoreLegacy.exitCode()).isEqualTo(2);
        assertThat(legacyFiles(data)).isEqualTo(legacy);

        CliRun dryRun = CliRun.run("import-legacy", "--data-dir", data.toString(), "--dry-run");
        assertThat(dryRun.exitCode()).as(dryRun.toString()).isZero();
        assertThat(legacyFiles(data)).isEqualTo(legacy);

        CliRun importLegacy = CliRun.run("import-legacy", "--data-dir", data.toString());
        assertThat(importLegacy.exitCode()).as(importLegacy.toString()).isZero();
        assertThat(importLegacy.out()).contains("Imported 3 trades from 3 rows");
        assertThat(legacyFiles(data)).isEqualTo(legacy);
    }

    /**
     * The old bot still has its WAL file open: the newest rows are only in its -wal. The import reads
     * them too, and the file, its -wal and its -shm stay byte for byte as they were.
     */
    @Test
    void a_legacy_file_open_in_wal_mode_is_read_whole_and_its_wal_and_shm_are_left_byte_identical() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path file = LegacyFiles.create(data.resolve("trading_bot.db"), LegacyFiles.Age.FULL, "wal");
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        try (Connection bot = ds.getConnection(); Statement st = bot.createStatement()) {
            st.execute("PRAGMA wal_autocheckpoint = 0"); // the rows stay in the -wal
            st.execute("INSERT INTO trades (trade_id, symbol, entry_price, direction, status, open_time, order_type)"
                    + " VALUES ('11', 'EURUSD', 1.1, 'buy', 'open', '2025-06-01 10:00:00', 'TP_TRAIL'),"
                    + " ('12', 'EURUSD', 1.1, 'buy', 'open', '2025-06-01 10:00:00.001', 'PROFIT_TRAIL')");
            Map<String, String> legacy = legacyFiles(data);
            assertThat(legacy).containsOnlyKeys("trading_bot.db", "trading_bot.db-wal", "trading_bot.db-shm");

            CliRun run = CliRun.run("import-legacy", "--data-dir", data.toString());

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out()).contains("Imported 1 trades from 2 rows: 1 pairs");
            assertThat(legacyFiles(data)).isEqualTo(legacy);
        }
    }

    /** The legacy file and any journal files beside it, by their bytes. */
    private static Map<String, String> legacyFiles(Path data) {
        return OpsFixtures.snapshot(data).entrySet().stream()
                .filter(e -> e.getKey().startsWith("trading_bot.db"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
