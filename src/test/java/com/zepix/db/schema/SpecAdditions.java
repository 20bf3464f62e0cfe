package com.zepix.db.schema;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The additions beyond the architecture document that design.md allows to the spec's own tables,
 * each made by its own migration and documented in the README: columns appended after a table's
 * spec columns (which keep their names, order and types), and indexes. Added tables are in
 * {@link SpecTables#ADDITIONS}. The spec tests expect the spec plus exactly these.
 */
final class SpecAdditions {

    private SpecAdditions() {
    }

    /** Per table, the columns added after the spec's, in order. */
    static final Map<String, List<SpecTables.Column>> COLUMNS = Map.of(
            // schema/central/V5__instance_id.sql (issue 17: a central shared by several hosts)
            "aggregated_trades", List.of(new SpecTables.Column("instance_id", "TEXT")),
            "sync_status", List.of(new SpecTables.Column("instance_id", "TEXT")),
            // the same migration: the dashboard rollup (central V4) is kept per instance too
            "aggregated_daily_totals", List.of(new SpecTables.Column("instance_id", "TEXT")));

    /** Per table, the indexes added beside the spec's. */
    static final Map<String, List<String>> INDEXES = Map.of(
            "aggregated_trades", List.of("uq_agg_trades_instance_ticket", "idx_agg_trades_instance"),
            "sync_status", List.of("uq_sync_status_instance_plugin"),
            "aggregated_daily_totals", List.of("uq_daily_totals_instance_plugin_day"));

    /** The spec's columns of {@code table}, then its added ones. */
    static List<SpecTables.Column> columnsOf(SpecTables.Table table) {
        List<SpecTables.Column> added = COLUMNS.getOrDefault(table.name(), List.of());
        return Stream.concat(table.columns().stream(), added.stream()).toList();
    }

    static List<String> indexesOf(SpecTables.Table table) {
        List<String> added = INDEXES.getOrDefault(table.name(), List.of());
        return Stream.concat(table.indexes().stream(), added.stream()).toList();
    }
}
