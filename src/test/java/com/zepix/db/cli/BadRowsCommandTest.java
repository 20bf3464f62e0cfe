package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.testsupport.ForcedRows;
import com.zepix.db.testsupport.OpsFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows forced past a CHECK, a NOT NULL and a foreign key: verify, backup and restore name each one
 * (file, table, row id, column, raw value) and write nothing to the live files.
 */
class BadRowsCommandTest {

    private static final String TRADE = "INSERT INTO combined_v3_trades (symbol, direction, entry_price, signal_type,"
            + " logic_route, entry_time) VALUES ";

    @TempDir
    Path root;

    private Path data;
    private Path v3;
    private Path central;

    @BeforeEach
    void dataWithBadRows() {
        data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        v3 = DatabaseFile.V3.in(data);
        central = DatabaseFile.CENTRAL.in(data);
        OpsFixtures.execute(v3, TRADE + "('EURUSD', 'BUY', 1.08, 'x', 'LOGIC1', '2026-11-29 08:30:10')");
        ForcedRows.withoutChecks(v3, TRADE + "('EURUSD', 'BUY', 1.08, 'x', 'LOGIC1', '2026-11-29 25:61:00')");
        ForcedRows.withoutNotNull(v3, "combined_v3_trades", "symbol                 TEXT      NOT NULL",
                TRADE + "(NULL, 'SELL', 1.09, 'y', 'LOGIC2', '2026-11-29 09:00:00')");
        ForcedRows.withoutChecks(central, "INSERT INTO sync_status (plugin_id, records_synced) VALUES ('ghost', 1)");
    }

    @Test
    void verify_names_every_bad_row_and_changes_nothing() {
        Map<String, String> before = OpsFixtures.snapshot(root);

        CliRun run = CliRun.run("verify", "--data-dir", data.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out().lines()).as(run.toString()).contains(
                v3 + ": combined_v3_trades row 2: entry_time '2026-11-29 25:61:00' breaks its CHECK constraint",
                v3 + ": combined_v3_trades row 3: symbol NULL breaks its NOT NULL constraint",
                central + ": sync_status row 1 (plugin_id 'ghost'): plugin_id 'ghost' refers to a missing"
                        + " plugins_registry (plugin_id) row (FOREIGN KEY)");
        assertThat(run.out().lines().filter(l -> l.startsWith(v3.toString()))).hasSize(2);
        assertThat(run.out()).doesNotContain(DatabaseFile.V6.in(data) + ": combined");
        assertThat(OpsFixtures.snapshot(root)).as("byte-identical files, nothing added").isEqualTo(before);
    }

    @Test
    void backup_keeps_the_faithful_copy_names_its_bad_rows_and_prunes_nothing() throws Exception {
        CliRun first = CliRun.run("backup", "--data-dir", data.toString());
        assertThat(first.exitCode()).as(first.toString()).isEqualTo(1);
        assertThat(first.err().lines()).as(first.toString()).contains(
                "zepix-db backup: " + v3 + ": combined_v3_trades row 2: entry_time '2026-11-29 25:61:00' breaks its CHECK constraint",
                "zepix-db backup: " + central + ": sync_status row 1 (plugin_id 'ghost'): plugin_id 'ghost' refers to a missing"
                        + " plugins_registry (plugin_id) row (FOREIGN KEY)");
        assertThat(first.out()).contains("holds 2 rows that break a constraint, as the source does");

        CliRun second = CliRun.run(java.time.Clock.offset(CliRun.FIXED, java.time.Duration.ofSeconds(5)),
                "backup", "--data-dir", data.toString(), "--keep", "1");
        assertThat(second.exitCode()).isEqualTo(1);
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names.stream().filter(n -> n.startsWith("zepix_combined_v3_"))).as("nothing pruned").hasSize(2);
            assertThat(names.stream().filter(n -> n.startsWith("zepix_price_action_"))).as("clean ones pruned").hasSize(1);
        }
    }

    @Test
    void restore_refuses_a_file_with_bad_rows_and_changes_nothing() throws Exception {
        Path copy = root.resolve("copy/zepix_bot.db");
        Files.createDirectories(copy.getParent());
        Files.copy(central, copy);
        Path clean = OpsFixtures.initialisedDataDir(root.resolve("clean"));
        Map<String, String> before = OpsFixtures.snapshot(clean);

        CliRun run = CliRun.run("restore", "--data-dir", clean.toString(), copy.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains(copy + " holds 1 row(s) that break a constraint, first sync_status row 1"
                + " (plugin_id 'ghost'): plugin_id 'ghost' refers to a missing plugins_registry (plugin_id) row (FOREIGN KEY)");
        assertThat(OpsFixtures.snapshot(clean)).isEqualTo(before);
    }

    @Test
    void restore_lists_every_bad_row_of_the_refused_file() throws Exception {
        Path copy = root.resolve("copy/zepix_combined_v3.db");
        Files.createDirectories(copy.getParent());
        Files.copy(v3, copy);
        Path clean = OpsFixtures.initialisedDataDir(root.resolve("clean"));
        Map<String, String> before = OpsFixtures.snapshot(clean);

        CliRun run = CliRun.run("restore", "--data-dir", clean.toString(), copy.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err().lines()).as(run.toString()).containsExactly(
                "zepix-db restore: restore refused, nothing was changed: " + copy + " holds 2 row(s) that break a"
                        + " constraint, first combined_v3_trades row 2: entry_time '2026-11-29 25:61:00' breaks its CHECK constraint",
                "zepix-db restore: " + copy + ": combined_v3_trades row 2: entry_time '2026-11-29 25:61:00' breaks its CHECK constraint",
                "zepix-db restore: " + copy + ": combined_v3_trades row 3: symbol NULL breaks its NOT NULL constraint");
        assertThat(OpsFixtures.snapshot(clean)).isEqualTo(before);
    }

    @Test
    void backup_counts_every_bad_row_beyond_the_hundred_it_lists_and_says_so_in_json() throws Exception {
        for (int i = 0; i < 149; i++) {
            ForcedRows.withoutChecks(v3, TRADE + "('EURUSD', 'BUY', 1.08, 'x', 'LOGIC9', '2026-11-29 10:00:00')");
        }

        CliRun text = CliRun.run("backup", "--data-dir", data.toString());
        CliRun json = CliRun.run(java.time.Clock.offset(CliRun.FIXED, java.time.Duration.ofSeconds(5)),
                "backup", "--json", "--data-dir", data.toString());

        assertThat(text.exitCode()).as(text.toString()).isEqualTo(1);
        assertThat(text.out()).as(text.toString()).contains("it holds 151 rows that break a constraint, as the source does)")
                .contains("it holds 1 row that breaks a constraint, as the source does)");
        assertThat(text.err().lines().filter(l -> l.startsWith("zepix-db backup: " + v3 + ": combined_v3_trades row")))
                .hasSize(100);
        assertThat(text.err()).contains("zepix-db backup: " + v3 + ": and 51 more rows that break a constraint");
        com.fasterxml.jackson.databind.JsonNode v3Backup = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.out()).get("backups").get(0);
        assertThat(json.exitCode()).as(json.toString()).isEqualTo(1);
        assertThat(v3Backup.get("database").asText()).isEqualTo("v3");
        assertThat(v3Backup.get("bad_rows").asLong()).isEqualTo(151);
        assertThat(v3Backup.get("bad_row_problems")).hasSize(101);
        assertThat(v3Backup.get("bad_row_problems").get(0).asText())
                .isEqualTo("combined_v3_trades row 2: entry_time '2026-11-29 25:61:00' breaks its CHECK constraint");
    }
}
