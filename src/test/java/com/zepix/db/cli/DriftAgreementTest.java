package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.testsupport.OpsFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code verify}, {@code schema-diff --database} and {@code restore} judge a file by one comparison,
 * so each drift that one sees the others see too: each case tampers with a real database made by
 * init, then runs all three commands on it.
 */
class DriftAgreementTest {

    @TempDir
    Path root;

    /**
     * SQLite rewrites a CHECK or a foreign key only by rebuilding the table; editing the stored CREATE
     * text under writable_schema makes the same file a rebuild would, without copying the table by hand.
     */
    private static String[] editTableSql(String table, String from, String to) {
        return new String[] {"PRAGMA writable_schema = ON",
            "UPDATE sqlite_master SET sql = replace(sql, '" + from.replace("'", "''") + "', '" + to.replace("'", "''")
                    + "') WHERE type = 'table' AND name = '" + table + "'",
            "PRAGMA writable_schema = OFF"};
    }

    static Stream<Arguments> drift() {
        return Stream.of(
                Arguments.of("a foreign trigger", DatabaseFile.V6, new String[] {
                    "CREATE TRIGGER rewrite_1m AFTER INSERT ON price_action_15m_trades"
                            + " BEGIN UPDATE price_action_1m_trades SET status = 'CLOSED'; END"},
                        "trigger rewrite_1m does not belong in this database", "trigger added: `rewrite_1m`"),
                Arguments.of("a view", DatabaseFile.V3, new String[] {
                    "CREATE VIEW open_trades AS SELECT * FROM combined_v3_trades"},
                        "view open_trades does not belong in this database", "view added: `open_trades`"),
                Arguments.of("a view a trigger makes writable", DatabaseFile.V3, new String[] {
                    "CREATE VIEW open_trades AS SELECT * FROM combined_v3_trades",
                    "CREATE TRIGGER wipe INSTEAD OF DELETE ON open_trades BEGIN DELETE FROM combined_v3_trades; END"},
                        "view open_trades (with trigger wipe) does not belong in this database",
                        "view added: `open_trades` (with trigger `wipe`)"),
                Arguments.of("an extra index", DatabaseFile.CENTRAL, new String[] {
                    "CREATE INDEX idx_events_severity ON system_events (severity)"},
                        "index idx_events_severity does not belong in this database",
                        "index added: `idx_events_severity` on `(severity)`"),
                Arguments.of("an added column", DatabaseFile.V6, new String[] {
                    "ALTER TABLE market_trends ADD COLUMN note TEXT"},
                        "column market_trends.note does not belong in this database", "column added: `note TEXT`"),
                Arguments.of("a changed CHECK", DatabaseFile.CENTRAL,
                        editTableSql("sync_status", "records_synced >= 0", "records_synced >= -1"),
                        "column sync_status.records_synced differs from its migrations:"
                                + " CHECK is records_synced >= -1, expected records_synced >= 0",
                        "column changed: `records_synced`: CHECK `records_synced >= 0` → `records_synced >= -1`"),
                Arguments.of("a dropped foreign key", DatabaseFile.CENTRAL,
                        editTableSql("system_events", " REFERENCES plugins_registry (plugin_id)", ""),
                        "column system_events.plugin_id differs from its migrations:"
                                + " REFERENCES is none, expected plugins_registry (plugin_id)",
                        "column changed: `plugin_id`: REFERENCES `plugins_registry (plugin_id)` → none"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drift")
    void verify_schema_diff_and_restore_agree(String what, DatabaseFile db, String[] tampering, String finding,
            String driftLine) throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path file = db.in(data);
        Path copy = Files.copy(file, root.resolve("copy-of-" + db.fileName()));
        OpsFixtures.execute(file, tampering);
        OpsFixtures.execute(copy, tampering);

        CliRun verify = CliRun.run("verify", "--data-dir", data.toString());
        CliRun diff = CliRun.run("schema-diff", "--exit-code", "--database", file.toString());
        Map<String, String> before = OpsFixtures.snapshot(data);
        CliRun restore = CliRun.run("restore", "--data-dir", data.toString(), copy.toString());

        assertThat(verify.exitCode()).as(verify.toString()).isEqualTo(1);
        assertThat(verify.out().lines()).as(verify.toString()).contains(file + ": " + finding);
        assertThat(diff.exitCode()).as(diff.toString()).isIn(1, 3);
        assertThat(diff.out()).as(diff.toString()).doesNotContain("No drift").contains(driftLine);
        assertThat(restore.exitCode()).as(restore.toString()).isNotZero();
        assertThat(restore.err()).as(restore.toString())
                .contains(copy + " is not what its migrations make: " + finding);
        assertThat(OpsFixtures.snapshot(data)).as("a refused restore changes nothing").isEqualTo(before);
    }
}
