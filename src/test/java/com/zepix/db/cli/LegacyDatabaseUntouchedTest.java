package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.testsupport.OpsFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** trading_bot.db is read by init's report and by nothing else, and never changed by any command. */
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
    }

    /** The legacy file and any journal files beside it, by their bytes. */
    private static Map<String, String> legacyFiles(Path data) {
        return OpsFixtures.snapshot(data).entrySet().stream()
                .filter(e -> e.getKey().startsWith("trading_bot.db"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
