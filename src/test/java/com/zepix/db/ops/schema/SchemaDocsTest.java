package com.zepix.db.ops.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.testsupport.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * generated/schema/README.md from the real migrations: each database's Mermaid block is an erDiagram
 * in the subset of its grammar we write (checked line by line), holds every table of the spec once,
 * and every foreign key as a relation.
 */
class SchemaDocsTest {

    private static final List<String> SPEC_TABLES = List.of(
            "combined_v3_trades", "v3_profit_bookings", "v3_signals_log", "v3_daily_stats",
            "price_action_1m_trades", "price_action_5m_trades", "price_action_15m_trades", "price_action_1h_trades",
            "market_trends", "v6_signals_log", "v6_daily_stats",
            "plugins_registry", "aggregated_trades", "system_config", "system_events", "sync_status");

    /** Tables added beyond the spec by their own migrations, and their REFERENCES. */
    private static final List<String> ADDITIONS = List.of("legacy_trade_imports", "aggregated_daily_totals");
    private static final Set<String> ADDITION_FOREIGN_KEYS = Set.of("combined_v3_trades legacy_trade_imports trade_id",
            "plugins_registry aggregated_daily_totals plugin_id");

    /** schema-spec.md's REFERENCES: parent, child, column. */
    private static final Set<String> SPEC_FOREIGN_KEYS = Set.of(
            "combined_v3_trades v3_profit_bookings trade_id",
            "combined_v3_trades v3_signals_log trade_id",
            "plugins_registry aggregated_trades plugin_id",
            "plugins_registry system_events plugin_id",
            "plugins_registry sync_status plugin_id");

    private static final Pattern ENTITY = Pattern.compile("^ {4}([A-Za-z_][A-Za-z0-9_-]*) \\{$");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("^ {8}[A-Za-z_][A-Za-z0-9_()\\[\\]-]* [A-Za-z_][A-Za-z0-9_\\[\\]-]*( (PK|FK|UK)(, (PK|FK|UK))*)?$");
    private static final Pattern RELATION = Pattern.compile(
            "^ {4}([A-Za-z_][A-Za-z0-9_-]*) (\\|\\||\\|o|\\}o|\\}\\|)--(\\|\\||o\\||o\\{|\\|\\{) ([A-Za-z_][A-Za-z0-9_-]*) : \"([^\"]*)\"$");

    private static String docs;

    @BeforeAll
    static void renderFromTheRealMigrations(@TempDir Path dir) throws SQLException {
        Map<DatabaseFile, SchemaModel> schemas = new EnumMap<>(DatabaseFile.class);
        for (DatabaseFile db : DatabaseFile.values()) {
            try (Connection c = TestDatabases.open(TestDatabases.migrate(db, dir))) {
                schemas.put(db, SchemaReader.read(c));
            }
        }
        docs = SchemaDocs.render(schemas);
    }

    private record Diagram(Map<String, Integer> entityBlocks, Set<String> relations) {}

    /** Parses one Mermaid block; fails on any line that is not erDiagram syntax of the kinds we write. */
    private static Diagram parse(String block) {
        List<String> lines = block.lines().toList();
        assertThat(lines.get(0)).isEqualTo("erDiagram");
        Map<String, Integer> entities = new HashMap<>();
        Set<String> relations = new HashSet<>();
        List<String[]> relationEnds = new ArrayList<>();
        boolean inEntity = false;
        for (String line : lines.subList(1, lines.size())) {
            Matcher entity = ENTITY.matcher(line);
            Matcher relation = RELATION.matcher(line);
            if (!inEntity && entity.matches()) {
                entities.merge(entity.group(1), 1, Integer::sum);
                inEntity = true;
            } else if (inEntity && line.equals("    }")) {
                inEntity = false;
            } else if (inEntity) {
                assertThat(line).as("an attribute line").matches(ATTRIBUTE);
            } else if (relation.matches()) {
                relations.add(relation.group(1) + " " + relation.group(4) + " " + relation.group(5));
                relationEnds.add(new String[] {relation.group(1), relation.group(4)});
            } else {
                throw new AssertionError("not erDiagram syntax: '" + line + "'");
            }
        }
        assertThat(inEntity).as("every entity block is closed").isFalse();
        relationEnds.forEach(ends -> assertThat(entities).containsKeys(ends));
        return new Diagram(entities, relations);
    }

    private static List<String> mermaidBlocks() {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```mermaid\n(.*?)```", Pattern.DOTALL).matcher(docs);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void one_er_diagram_per_database_with_every_spec_table_once_and_every_foreign_key_as_a_relation() {
        List<String> blocks = mermaidBlocks();
        assertThat(blocks).hasSize(3);

        Map<String, Integer> entityBlocks = new HashMap<>();
        Set<String> relations = new HashSet<>();
        for (String block : blocks) {
            Diagram diagram = parse(block);
            diagram.entityBlocks().forEach((name, count) -> entityBlocks.merge(name, count, Integer::sum));
            relations.addAll(diagram.relations());
        }
        assertThat(entityBlocks.keySet()).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(SPEC_TABLES.stream(), ADDITIONS.stream()).toList());
        assertThat(entityBlocks.values()).containsOnly(1);
        assertThat(relations).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(SPEC_FOREIGN_KEYS.stream(), ADDITION_FOREIGN_KEYS.stream()).toList());
    }

    @Test
    void the_architecture_tables_are_counted_and_additions_named_apart() {
        assertThat(docs)
                .contains("\n4 tables of the architecture document, plus 1 addition beyond it (`legacy_trade_imports`),"
                        + " from `schema/v3/`.\n")
                .contains("\n7 tables, from `schema/v6/`.\n")
                .contains("\n5 tables of the architecture document, plus 1 addition beyond it"
                        + " (`aggregated_daily_totals`), from `schema/central/`.\n");
    }

    @Test
    void keys_and_cardinalities_follow_the_columns() {
        assertThat(docs)
                .contains("        INTEGER id PK\n        INTEGER order_a_ticket UK\n")
                .contains("        TEXT plugin_id PK, FK\n")
                .contains("    combined_v3_trades ||--o{ v3_profit_bookings : \"trade_id\"\n") // NOT NULL trade_id
                .contains("    combined_v3_trades |o--o{ v3_signals_log : \"trade_id\"\n") // nullable trade_id
                .contains("    plugins_registry ||--o| sync_status : \"plugin_id\"\n"); // one status per plugin
    }

    @Test
    void each_table_has_a_column_table_with_types_and_constraints() {
        assertThat(docs)
                .contains("\n### `market_trends`\n\n| column | type | constraints |\n|---|---|---|\n")
                .contains("| `symbol` | TEXT | `NOT NULL` |")
                .contains("| `timeframe` | TEXT | `NOT NULL CHECK (timeframe IN ('1','5','15','60','240','1440'))` |")
                .contains("Table constraints: `PRIMARY KEY (symbol, timeframe)`.")
                .contains("Indexes: `idx_market_trends_symbol` on `(symbol)`.");
        for (String table : SPEC_TABLES) {
            assertThat(docs).contains("\n### `" + table + "`\n");
        }
    }
}
