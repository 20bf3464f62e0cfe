package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.testsupport.OpsFixtures;
import com.zepix.db.testsupport.PluginTrades;
import com.zepix.db.testsupport.TempGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reporting command's {@code --json}: stdout holds exactly one JSON document (parsed here by
 * a plain Jackson mapper, not the writer's), with {@code format_version} 1, the command's name and
 * numbers as numbers.
 */
class JsonOutputTest {

    private static final ObjectMapper READER = new ObjectMapper();
    private static final LocalDateTime ENTRY = LocalDateTime.of(2026, 11, 20, 9, 30);

    @TempDir
    Path root;

    private static JsonNode parse(CliRun run, String command) throws Exception {
        JsonNode json = READER.readTree(run.out());
        assertThat(json.get("format_version").isInt()).as(run.out()).isTrue();
        assertThat(json.get("format_version").asInt()).isEqualTo(1);
        assertThat(json.get("command").asText()).isEqualTo(command);
        return json;
    }

    @Test
    void init_verify_backup_and_restore() throws Exception {
        Path data = root.resolve("data");

        CliRun init = CliRun.run("init", "--json", "--data-dir", data.toString());
        JsonNode i = parse(init, "init");
        assertThat(init.exitCode()).isZero();
        assertThat(i.get("succeeded").asBoolean()).isTrue();
        assertThat(i.get("databases")).hasSize(3);
        assertThat(i.get("databases").get(2).get("database").asText()).isEqualTo("central");
        assertThat(i.get("databases").get(2).get("outcome").asText()).isEqualTo("created");
        assertThat(i.get("databases").get(2).get("domain_tables")).hasSize(6); // the five and the dashboard rollup
        assertThat(i.get("legacy").get("present").asBoolean()).isFalse();

        JsonNode v = parse(CliRun.run("verify", "--json", "--data-dir", data.toString()), "verify");
        assertThat(v.get("passed").asBoolean()).isTrue();
        assertThat(v.get("files")).hasSize(3).allSatisfy(f -> assertThat(f.get("problems")).isEmpty());

        JsonNode b = parse(CliRun.run("backup", "--json", "--data-dir", data.toString()), "backup");
        assertThat(b.get("succeeded").asBoolean()).isTrue();
        assertThat(b.get("backups")).hasSize(3).allSatisfy(x -> {
            assertThat(x.get("bytes").isNumber()).isTrue();
            assertThat(x.get("bytes").asLong()).isPositive();
        });

        Path backup = Path.of(b.get("backups").get(2).get("backup").asText());
        JsonNode r = parse(CliRun.run("restore", "--json", "--data-dir", data.toString(), backup.toString()), "restore");
        assertThat(r.get("database").asText()).isEqualTo("central");
        assertThat(r.get("kept")).hasSize(1);
        assertThat(r.get("needs_upgrade").asBoolean()).isFalse();
        assertThat(r.get("removed_replaced")).isEmpty();
    }

    @Test
    void sync_stats_and_status() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        try (DatabaseService db = DatabaseService.open(data)) {
            PluginTrades t = new PluginTrades(db);
            t.v3(100L, 101L, ENTRY, TradeStatus.CLOSED, 25.0, LogicRoute.LOGIC1);
            t.m5(500L, 501L, ENTRY, TradeStatus.OPEN, null);
        }

        JsonNode s = parse(CliRun.run("sync", "--json", "--data-dir", data.toString()), "sync");
        assertThat(s.get("any_failed").asBoolean()).isFalse();
        JsonNode v3 = s.get("plugins").get(0);
        assertThat(v3.get("plugin_id").asText()).isEqualTo("combined_v3");
        assertThat(v3.get("inserted").isInt()).isTrue();
        assertThat(v3.get("inserted").asInt()).isEqualTo(1);
        assertThat(v3.get("outcome").asText()).isEqualTo("synced");

        JsonNode st = parse(CliRun.run("stats", "--json", "--from", "2026-11-19", "--to", "2026-11-21", "--data-dir",
                data.toString()), "stats");
        assertThat(st.get("days_in_range").asInt()).isEqualTo(3);
        assertThat(st.get("days_without_rows").asInt()).isEqualTo(2);
        JsonNode day = st.get("days").get(0);
        assertThat(day.get("date").asText()).isEqualTo("2026-11-20");
        assertThat(day.get("v3").get("profit_dollars").isDouble()).isTrue();
        assertThat(day.get("v3").get("profit_dollars").asDouble()).isEqualTo(25.0);
        assertThat(day.get("v6").get("trades5m").asInt()).isEqualTo(1);

        CliRun statusRun = CliRun.run("status", "--json", "--data-dir", data.toString());
        JsonNode status = parse(statusRun, "status");
        assertThat(statusRun.exitCode()).isEqualTo(1); // no backups yet
        assertThat(status.get("needs_attention").asBoolean()).isTrue();
        assertThat(status.get("databases")).hasSize(3);
        assertThat(status.get("databases").get(0).get("file_bytes").isNumber()).isTrue();
        assertThat(status.get("plugins")).hasSize(5);
        assertThat(status.get("attention").findValuesAsText("fix")).anyMatch(f -> f.startsWith("zepix-db backup"));
    }

    @Test
    void a_command_that_fails_before_it_has_a_report_leaves_stdout_empty_and_says_why_on_stderr() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path notABackup = Files.writeString(root.resolve("notes.db"), "not a database");
        Path repo = TempGitRepo.init(root.resolve("repo")).dir();

        for (String[] args : new String[][] {
            {"status", "--json", "--data-dir", root.resolve("nothing-here").toString()},
            {"restore", "--json", "--data-dir", data.toString(), notABackup.toString()},
            {"stats", "--json", "--date", "2026-13-01", "--data-dir", data.toString()},
            {"backup", "--json", "--keep", "0", "--data-dir", data.toString()},
            {"schema-diff", "--json", "--repo", repo.toString(), "--from", "no-such-ref"}}) {
            CliRun run = CliRun.run(args);

            assertThat(run.exitCode()).as(run.toString()).isIn(1, 2);
            assertThat(run.out()).as(run.toString()).isEmpty();
            assertThat(run.err().strip().lines()).as(run.toString()).singleElement().asString().startsWith("zepix-db " + args[0] + ": ");
        }
    }

    @Test
    void schema_diff() throws Exception {
        Path repo = root.resolve("repo");
        TempGitRepo git = TempGitRepo.init(repo).migration("v3", "V1__create.sql", "CREATE TABLE trades (id INTEGER PRIMARY KEY);");
        git.commit("v1");
        git.migration("v3", "V2__lots.sql", "ALTER TABLE trades ADD COLUMN lots REAL;");

        CliRun run = CliRun.run("schema-diff", "--json", "--repo", repo.toString());

        JsonNode json = parse(run, "schema-diff");
        assertThat(json.get("changed").asBoolean()).isTrue();
        assertThat(json.get("breaking").asBoolean()).isFalse();
        assertThat(json.get("databases").get(0).get("migration_files").get(0).get("change").asText()).isEqualTo("added");
    }

    @Test
    void bench_rows_have_stable_ids_numbers_and_no_errors_or_lost_rows() throws Exception {
        CliRun run = CliRun.run("bench", "--quick", "--json", "--work-dir", root.resolve("work").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = parse(run, "bench");
        assertThat(json.get("machine").asText()).isNotBlank();
        assertThat(json.get("missed_targets").isArray()).isTrue();
        JsonNode first = json.get("rows").get(0);
        assertThat(first.get("id").asText()).isEqualTo("single_insert.store_rows_per_s");
        assertThat(first.get("case").asText()).startsWith("1 single insert");
        for (String field : new String[] {"value", "min", "max"}) {
            assertThat(first.get(field).isNumber()).as(field).isTrue();
        }
        assertThat(first.get("n").isInt()).isTrue();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (JsonNode row : json.get("rows")) {
            assertThat(ids.add(row.get("id").asText())).as("unique id " + row.get("id")).isTrue();
            if (row.get("id").asText().equals("writers.errors") || row.get("id").asText().equals("writers.lost_rows")) {
                assertThat(row.get("value").asDouble()).as(row.toString()).isZero();
                assertThat(row.get("n").asInt()).isEqualTo(1);
                assertThat(row.get("note").asText()).isEqualTo("must be 0");
            }
        }
        assertThat(ids).contains("single_insert.ratio_vs_raw", "single_insert.ratio_vs_architecture_style",
                "bulk_insert.ratio_vs_raw", "sync.first_1m_ratio_vs_raw", "sync.incremental_ratio",
                "dashboard.p99_ms.1d", "dashboard.p99_ms.7d", "dashboard.p99_ms.90d", "writers.errors",
                "writers.lost_rows", "guard.cost_us_per_statement");
    }
}
