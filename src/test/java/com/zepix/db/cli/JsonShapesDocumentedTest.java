package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.testsupport.OpsFixtures;
import com.zepix.db.testsupport.PluginTrades;
import com.zepix.db.testsupport.TempGitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every property name a command's {@code --json} writes is one the README's "JSON output" table
 * documents for that command, and (for the commands whose every part this fixture reaches) every
 * name the table documents is written. The table is read from README.md itself, so a field that
 * Jackson names differently (it wrote {@code order_aclosed} for {@code orderAClosed}) or that the
 * table leaves out fails here.
 */
class JsonShapesDocumentedTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\| (.*) \\|$");
    private static final Pattern NAME = Pattern.compile("`([a-z0-9_]+)(?:\\[\\])?`");
    private static final ObjectMapper READER = new ObjectMapper();
    private static final LocalDateTime ENTRY = LocalDateTime.of(2026, 11, 26, 9, 30);

    private static Map<String, Set<String>> documented;

    @TempDir
    Path root;

    @BeforeAll
    static void readTheReadmesTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("### JSON output\n"));
        section = section.substring(0, section.indexOf("\n## "));
        documented = new HashMap<>();
        for (String line : section.lines().toList()) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                Set<String> names = new TreeSet<>();
                Matcher name = NAME.matcher(row.group(2));
                while (name.find()) {
                    names.add(name.group(1));
                }
                documented.put(row.group(1), names);
            }
        }
        assertThat(documented).containsKeys("init", "verify", "status", "backup", "restore", "sync", "stats", "bench",
                "import-legacy", "schema-diff");
    }

    /** Property names anywhere in the document, but not the keys of a map (stats' failures: plugin id to message). */
    private static Set<String> names(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                into.add(f.getKey());
                if (!f.getKey().equals("failures")) {
                    names(f.getValue(), into);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> names(n, into));
        }
        return into;
    }

    private static JsonNode json(CliRun run) throws IOException {
        assertThat(run.out()).as(run.toString()).isNotBlank();
        return READER.readTree(run.out());
    }

    /** Every name written is documented; with {@code complete}, every documented name is written too. */
    private static void assertDocumented(String command, boolean complete, JsonNode... documents) {
        Set<String> written = new TreeSet<>();
        for (JsonNode d : documents) {
            assertThat(d.get("format_version").asInt()).isEqualTo(1);
            assertThat(d.get("command").asText()).isEqualTo(command);
            names(d, written);
        }
        written.removeAll(Set.of("format_version", "command"));
        Set<String> table = documented.get(command);
        assertThat(written).as("%s --json writes names the README's table does not document", command)
                .isSubsetOf(table);
        if (complete) {
            assertThat(table).as("%s: the README documents names --json never writes", command).isSubsetOf(written);
        }
    }

    @Test
    void the_data_commands_write_exactly_the_documented_names() throws Exception {
        Path data = root.resolve("data");
        JsonNode init = json(CliRun.run("init", "--json", "--data-dir", data.toString()));
        try (DatabaseService db = DatabaseService.open(data)) {
            PluginTrades t = new PluginTrades(db);
            t.v3(100L, 101L, ENTRY, TradeStatus.CLOSED, 25.0, LogicRoute.LOGIC1);
            t.m5(500L, 501L, ENTRY, TradeStatus.OPEN, null);
        }
        JsonNode verify = json(CliRun.run("verify", "--json", "--data-dir", data.toString()));
        JsonNode backup = json(CliRun.run("backup", "--json", "--data-dir", data.toString()));
        JsonNode sync = json(CliRun.run("sync", "--json", "--data-dir", data.toString()));
        OpsFixtures.execute(DatabaseFile.V6.in(data), "DROP TABLE price_action_1m_trades");
        JsonNode failedSync = json(CliRun.run("sync", "--json", "--data-dir", data.toString()));
        JsonNode stats = json(CliRun.run("stats", "--json", "--from", "2026-11-25", "--to", "2026-11-26", "--data-dir",
                data.toString()));
        JsonNode status = json(CliRun.run("status", "--json", "--data-dir", data.toString(), "--backup-dir",
                root.resolve("none").toString()));
        Path centralBackup = Path.of(backup.get("backups").get(2).get("backup").asText());
        CliRun firstRestore = CliRun.run(java.time.Clock.offset(CliRun.FIXED, java.time.Duration.ofSeconds(1)),
                "restore", "--json", "--data-dir", data.toString(), centralBackup.toString());
        JsonNode restore = json(CliRun.run(java.time.Clock.offset(CliRun.FIXED, java.time.Duration.ofSeconds(2)),
                "restore", "--json", "--keep-replaced", "1", "--data-dir", data.toString(), centralBackup.toString()));

        assertThat(firstRestore.exitCode()).as(firstRestore.toString()).isZero();
        assertThat(restore.get("removed_replaced")).isNotEmpty();
        assertThat(stats.get("days").get(0).get("v3").get("order_a_closed").asInt()).isEqualTo(1);
        assertDocumented("init", true, init);
        assertDocumented("verify", true, verify);
        assertDocumented("backup", true, backup);
        assertDocumented("sync", true, sync, failedSync);
        assertDocumented("stats", true, stats);
        assertDocumented("status", true, status);
        assertDocumented("restore", true, restore);
    }

    @Test
    void import_legacy_bench_and_schema_diff_write_only_documented_names() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        OpsFixtures.legacyDatabase(data, 3, "delete");
        JsonNode dryRun = json(CliRun.run("import-legacy", "--json", "--dry-run", "--data-dir", data.toString()));
        JsonNode imported = json(CliRun.run("import-legacy", "--json", "--data-dir", data.toString()));
        JsonNode bench = json(CliRun.run("bench", "--quick", "--case", "7", "--json", "--work-dir",
                root.resolve("work").toString()));

        TempGitRepo git = TempGitRepo.init(root.resolve("repo")).migration("v3", "V1__create.sql", """
                CREATE TABLE trades (id INTEGER PRIMARY KEY, symbol TEXT NOT NULL, lots REAL, note TEXT);
                CREATE INDEX idx_trades_symbol ON trades (symbol);
                CREATE TABLE gone (id INTEGER PRIMARY KEY);
                CREATE VIEW open_trades AS SELECT id FROM trades;
                """);
        git.commit("v1");
        git.migration("v3", "V2__more.sql", """
                CREATE TABLE trades_new (id INTEGER PRIMARY KEY, lots INTEGER NOT NULL, symbol TEXT NOT NULL);
                INSERT INTO trades_new (id, lots, symbol) SELECT id, coalesce(lots, 1), symbol FROM trades;
                DROP VIEW open_trades;
                DROP TABLE trades;
                ALTER TABLE trades_new RENAME TO trades;
                CREATE UNIQUE INDEX idx_trades_symbol ON trades (symbol);
                CREATE TRIGGER trades_touch AFTER UPDATE OF lots ON trades BEGIN SELECT 1; END;
                DROP TABLE gone;
                CREATE TABLE added (id INTEGER PRIMARY KEY, name TEXT UNIQUE);
                CREATE INDEX idx_added_name ON added (name);
                """);
        CliRun diffRun = CliRun.run("schema-diff", "--json", "--repo", git.dir().toString());
        JsonNode diff = json(diffRun);

        assertDocumented("import-legacy", false, dryRun, imported);
        assertDocumented("bench", true, bench);
        assertDocumented("schema-diff", false, diff);
        assertThat(diff.get("breaking").asBoolean()).as(diffRun.out()).isTrue();
    }
}
