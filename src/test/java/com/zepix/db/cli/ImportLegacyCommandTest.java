package com.zepix.db.cli;

import static com.zepix.db.testsupport.LegacyFiles.row;
import static com.zepix.db.testsupport.LegacyFiles.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zepix.db.central.Dashboard;
import com.zepix.db.central.DashboardQueries;
import com.zepix.db.central.RangeTotals;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.DayRange;
import com.zepix.db.testsupport.LegacyFiles;
import com.zepix.db.testsupport.OpsFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-legacy through the picocli entry point: text, JSON, dry run, exit codes, and what stats and sync then see. */
class ImportLegacyCommandTest {

    @TempDir
    Path root;

    /** Two signals on 2025-03-10 (one pair, one Order B alone), one on 2025-03-11, and a row with a bad direction. */
    private Path dataWithLegacy() {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path file = LegacyFiles.create(data.resolve("trading_bot.db"), LegacyFiles.Age.FULL, "delete");
        LegacyFiles.insert(file,
                with(row(1, "4001", "EURUSD", "buy", 1.08, "closed", "2025-03-10T09:00:00.250000"), "order_type", "TP_TRAIL",
                        "logic_type", "LOGIC1", "pnl", 20.0, "close_time", "2025-03-10T12:00:00"),
                with(row(2, "4002", "EURUSD", "buy", 1.08, "closed", "2025-03-10T09:00:00.252000"), "order_type",
                        "PROFIT_TRAIL", "logic_type", "LOGIC1", "pnl", 5.0, "close_time", "2025-03-10T10:00:00"),
                with(row(3, "4003", "XAUUSD", "SELL", 2300.5, "closed", "2025-03-10 15:00:00"), "order_type", "PROFIT_TRAIL",
                        "logic_type", "LOGIC3", "pnl", -8.0, "close_time", "2025-03-10 16:00:00"),
                with(row(4, "4004", "GBPUSD", "buy", 1.27, "open", "2025-03-11 08:00:00"), "order_type", "TP_TRAIL",
                        "logic_type", "LOGIC2"),
                row(5, "4005", "GBPUSD", "up", 1.27, "open", "2025-03-11 08:00:00"));
        return data;
    }

    @Test
    void a_dry_run_prints_pairs_singles_and_skipped_rows_and_writes_nothing() {
        Path data = dataWithLegacy();
        Map<String, String> before = OpsFixtures.snapshot(data);

        CliRun run = CliRun.run("import-legacy", "--data-dir", data.toString(), "--dry-run");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(OpsFixtures.snapshot(data)).as("every file byte-identical, none added").isEqualTo(before);
        assertThat(run.out()).contains(
                "Legacy database: " + data.resolve("trading_bot.db") + " (5 rows in trades)\n",
                "Would import 3 trades from 4 rows: 1 pairs (Order A + Order B), 1 Order A only, 1 Order B only,"
                        + " 0 untyped orders as Order A\n",
                "Skipped: 1 rows\n  legacy id 5: direction = 'up': must be 'buy' or 'sell' (any case)\n",
                "Trades it would make:\n"
                        + "  pair: legacy id 1 (Order A, ticket 4001) + legacy id 2 (Order B, ticket 4002) EURUSD BUY LOGIC1"
                        + " at 2025-03-10T09:00:00.250\n"
                        + "  single: legacy id 3 (Order B only, ticket 4003) XAUUSD SELL LOGIC3 at 2025-03-10T15:00\n"
                        + "  single: legacy id 4 (Order A only, ticket 4004) GBPUSD BUY LOGIC2 at 2025-03-11T08:00\n",
                "Dry run: nothing was written.\n");
        assertThat(run.err().strip().lines()).containsExactly("zepix-db import-legacy: 1 legacy row was skipped for bad"
                + " values; each is listed with its legacy id, column and value");
    }

    @Test
    void the_import_in_json_then_stats_and_sync_include_the_imported_days() throws Exception {
        Path data = dataWithLegacy();

        CliRun run = CliRun.run("import-legacy", "--data-dir", data.toString(), "--json");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("format_version").asInt()).isEqualTo(1);
        assertThat(json.get("command").asText()).isEqualTo("import-legacy");
        assertThat(json.get("dry_run").asBoolean()).isFalse();
        assertThat(json.get("imported_trades").asInt()).isEqualTo(3);
        assertThat(json.get("imported_rows").asInt()).isEqualTo(4);
        assertThat(json.get("pairs").asInt()).isEqualTo(1);
        assertThat(json.get("skipped_rows").asInt()).isEqualTo(1);
        assertThat(json.get("skipped").get(0).toString())
                .isEqualTo("{\"legacy_id\":5,\"column\":\"direction\",\"value\":\"up\",\"reason\":\"must be 'buy' or 'sell' (any case)\"}");
        assertThat(json.get("trades").get(0).toString()).isEqualTo("{\"kind\":\"pair\",\"order_a_legacy_id\":1,"
                + "\"order_a_ticket\":4001,\"order_b_legacy_id\":2,\"order_b_ticket\":4002,\"symbol\":\"EURUSD\","
                + "\"direction\":\"BUY\",\"logic_route\":\"LOGIC1\",\"logic_route_assumed\":false,"
                + "\"entry_time\":\"2025-03-10T09:00:00.250Z\"}");
        assertThat(json.get("first_day").asText()).isEqualTo("2025-03-10");
        assertThat(json.get("last_day").asText()).isEqualTo("2025-03-11");

        CliRun stats = CliRun.run("stats", "--data-dir", data.toString(), "--from", "2025-03-10", "--to", "2025-03-11");
        assertThat(stats.exitCode()).as(stats.toString()).isZero();
        List<String> days = stats.out().lines().toList();
        // 2025-03-10: two trades, both closed, 25 - 8 = 17 dollars, one of two won; 2025-03-11: one open trade
        assertThat(days.get(1).split("\\s+")).startsWith("2025-03-10", "2", "2", "2", "17.00", "50.0");
        assertThat(days.get(2).split("\\s+")).startsWith("2025-03-11", "1", "0", "0", "0.00", "0.0");

        CliRun sync = CliRun.run("sync", "--data-dir", data.toString());
        assertThat(sync.exitCode()).as(sync.toString()).isZero();
        assertThat(sync.out()).contains("combined_v3        3 new, 0 updated, 0 unchanged, 0 skipped without ticket (3 read)");
        assertThat(OpsFixtures.queryLong(DatabaseFile.CENTRAL.in(data),
                "SELECT count(*) FROM aggregated_trades WHERE mt5_ticket IN (4001, 4003, 4004)")).isEqualTo(3);

        CliRun status = CliRun.run("status", "--data-dir", data.toString(), "--json");
        JsonNode v3 = null;
        for (JsonNode plugin : new ObjectMapper().readTree(status.out()).get("plugins")) {
            if (plugin.get("plugin_id").asText().equals("combined_v3")) {
                v3 = plugin;
            }
        }
        assertThat(v3).as(status.toString()).isNotNull();
        assertThat(v3.get("records_synced").asInt()).isEqualTo(3);
        assertThat(v3.get("open_trades").asInt()).as("the open legacy order of 2025-03-11").isEqualTo(1);
        assertThat(v3.get("entries_today").asInt()).as("today, 2026-11-26").isZero();
        // the imported days, from central's daily rollup: 25 - 8 = 17 dollars, one of the two closed trades won
        assertThat(v3.get("history").toString()).isEqualTo("{\"trades\":3,\"closed_trades\":2,\"profit_dollars\":17.0,"
                + "\"win_rate\":50.0,\"first_day\":\"2025-03-10\",\"last_day\":\"2025-03-11\"}");
        try (DatabaseService db = DatabaseService.open(data)) {
            Dashboard dashboard = new DashboardQueries(
                    db.plugin(DatabaseKey.CENTRAL_SYSTEM)).dashboard(new DayRange(
                            LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 11)));
            assertThat(dashboard.perPlugin().get("combined_v3"))
                    .as("the dashboard's range over the imported days").isEqualTo(new RangeTotals(3, 2, 1, 17.0, 50.0));
        }
        Map<String, String> beforeStatus = OpsFixtures.snapshot(data);
        CliRun statusText = CliRun.run("status", "--data-dir", data.toString());
        assertThat(OpsFixtures.snapshot(data)).as("status writes nothing").isEqualTo(beforeStatus);
        assertThat(statusText.out()).contains(
                "to date              trades    closed      profit $   win%  first day   last day\n"
                        + "combined_v3               3         2         17.00   50.0  2025-03-10  2025-03-11\n"
                        + "price_action_1m           0         0          0.00      -  -           -\n",
                "(every trade synced to central, imported history included, by the UTC day it was entered)");

        CliRun again = CliRun.run("import-legacy", "--data-dir", data.toString(), "--json");
        JsonNode second = new ObjectMapper().readTree(again.out());
        assertThat(second.get("imported_trades").asInt()).isZero();
        assertThat(second.get("already_imported").asInt()).isEqualTo(3);
        assertThat(second.get("trades")).isEmpty();
    }

    @Test
    void a_clean_file_exits_0_and_names_the_days_to_recompute() {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path legacy = LegacyFiles.create(root.resolve("elsewhere.db"), LegacyFiles.Age.DUAL_ORDERS, "delete");
        LegacyFiles.insert(legacy, with(row(1, "4101", "EURUSD", "buy", 1.08, "open", "2025-01-02 03:04:05.123456"),
                "order_type", "TP_TRAIL"));

        CliRun run = CliRun.run("import-legacy", "--data-dir", data.toString(), "--legacy", legacy.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("an older file without commission, swap, comment, session_id",
                "Imported 1 trades from 1 rows",
                "Entry days imported: 2025-01-02 to 2025-01-02 (update their daily statistics with"
                        + " 'stats --from 2025-01-02 --to 2025-01-02')");
    }

    @Test
    void a_history_of_more_than_a_year_names_one_stats_command_per_year_and_each_runs() {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path legacy = LegacyFiles.create(data.resolve("trading_bot.db"), LegacyFiles.Age.FULL, "delete");
        LegacyFiles.insert(legacy, row(1, "4201", "EURUSD", "buy", 1.08, "open", "2023-01-05 10:00:00"),
                row(2, "4202", "EURUSD", "buy", 1.08, "open", "2025-02-01 10:00:00"));

        CliRun run = CliRun.run("import-legacy", "--data-dir", data.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Entry days imported: 2023-01-05 to 2025-02-01 (update their daily statistics with"
                + " 'stats --from 2023-01-05 --to 2024-01-05', then 'stats --from 2024-01-06 --to 2025-01-05', then"
                + " 'stats --from 2025-01-06 --to 2025-02-01')");
        java.util.regex.Matcher commands = java.util.regex.Pattern.compile("'stats --from (\\S+) --to (\\S+)'").matcher(run.out());
        int ran = 0;
        while (commands.find()) {
            CliRun stats = CliRun.run("stats", "--data-dir", data.toString(), "--from", commands.group(1), "--to",
                    commands.group(2));
            assertThat(stats.exitCode()).as(stats.toString()).isZero();
            ran++;
        }
        assertThat(ran).isEqualTo(3);
        assertThat(OpsFixtures.queryLong(DatabaseFile.V3.in(data),
                "SELECT count(*) FROM v3_daily_stats WHERE date IN ('2023-01-05', '2025-02-01') AND total_dual_entries = 1"))
                .isEqualTo(2);
    }

    /**
     * Files that are not a usable legacy database: one stderr line naming the file, the exit code,
     * and not a byte changed in the data folder (V5 files, no -wal or -shm appears) or in the file.
     */
    @Test
    void every_file_that_is_not_a_legacy_database_gets_one_line_naming_it_and_changes_nothing() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path bad = Files.createDirectories(root.resolve("bad"));
        Path good = LegacyFiles.create(root.resolve("good.db"), LegacyFiles.Age.FULL, "delete");
        for (int i = 1; i <= 2_000; i++) {
            LegacyFiles.insert(good, row(i, String.valueOf(80_000 + i), "EURUSD", "buy", 1.1, "open", "2025-05-01 10:00:00"));
        }
        byte[] goodBytes = Files.readAllBytes(good);
        Path truncated = Files.write(bad.resolve("truncated.db"), java.util.Arrays.copyOf(goodBytes, goodBytes.length / 3));
        Path damaged = Files.copy(good, bad.resolve("damaged.db"));
        OpsFixtures.damageTablePage(damaged, "trades");
        Path noTrades = LegacyFiles.create(bad.resolve("no_trades.db"), LegacyFiles.Age.FULL, "delete");
        OpsFixtures.execute(noTrades, "ALTER TABLE trades RENAME TO positions");
        Path noColumns = LegacyFiles.create(bad.resolve("no_columns.db"), LegacyFiles.Age.FULL, "delete");
        OpsFixtures.execute(noColumns, "ALTER TABLE trades DROP COLUMN open_time");
        Map<Path, Integer> files = new java.util.LinkedHashMap<>();
        files.put(bad.resolve("missing.db"), 2);
        files.put(Files.createDirectories(bad.resolve("folder.db")), 2);
        files.put(Files.createFile(bad.resolve("empty.db")), 2);
        files.put(Files.writeString(bad.resolve("text.db"), "id,trade_id,symbol\n1,2,EURUSD\n"), 2);
        files.put(Files.write(bad.resolve("header_only.db"), "SQLite format 3\0garbage".getBytes()), 1);
        files.put(truncated, 1);
        files.put(damaged, 1);
        files.put(noTrades, 1);
        files.put(noColumns, 1);
        for (DatabaseFile v5 : DatabaseFile.values()) {
            files.put(v5.in(data), 2);
        }
        files.put(data.resolve("..").resolve(data.getFileName()).resolve(DatabaseFile.CENTRAL.in(data).getFileName()), 2);
        Map<String, String> dataBefore = OpsFixtures.snapshot(data);
        Map<String, String> badBefore = OpsFixtures.snapshot(bad);

        for (Map.Entry<Path, Integer> file : files.entrySet()) {
            for (String dryRun : List.of("--dry-run", "--json")) {
                CliRun run = CliRun.run("import-legacy", "--data-dir", data.toString(), "--legacy", file.getKey().toString(),
                        dryRun);
                assertThat(run.exitCode()).as(run.toString()).isEqualTo(file.getValue());
                assertThat(run.err().strip().lines()).as(run.toString()).singleElement().asString()
                        .startsWith("zepix-db import-legacy: ").contains(file.getKey().normalize().toString());
                assertThat(run.out()).as(run.toString()).isEmpty();
            }
        }

        assertThat(OpsFixtures.snapshot(data)).as("the V5 files byte-identical, nothing added").isEqualTo(dataBefore);
        assertThat(OpsFixtures.snapshot(bad)).as("the hostile files byte-identical, nothing added").isEqualTo(badBefore);
        CliRun damagedRun = CliRun.run("import-legacy", "--data-dir", data.toString(), "--legacy", damaged.toString());
        assertThat(damagedRun.err()).contains("malformed");
    }

    @Test
    void a_missing_legacy_file_is_a_usage_error_and_an_uninitialised_folder_an_error_both_one_line() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        CliRun missing = CliRun.run("import-legacy", "--data-dir", data.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip().lines()).singleElement().asString()
                .startsWith("zepix-db import-legacy: no legacy database at " + data.resolve("trading_bot.db"));

        Path empty = Files.createDirectories(root.resolve("empty"));
        Path legacy = LegacyFiles.create(root.resolve("legacy.db"), LegacyFiles.Age.FULL, "delete");
        CliRun uninitialised = CliRun.run("import-legacy", "--data-dir", empty.toString(), "--legacy", legacy.toString());
        assertThat(uninitialised.exitCode()).isEqualTo(1);
        assertThat(uninitialised.err().strip().lines()).singleElement().asString()
                .startsWith("zepix-db import-legacy: ").contains(DatabaseFile.V3.in(empty).toString());
        assertThat(empty).isEmptyDirectory();
    }
}
