package com.zepix.db.ops;

import java.util.Map;

/**
 * Tables this project adds beyond the architecture document's sixteen, each in its own migration.
 * They are named as additions wherever the document's tables are counted (init's summary), and a
 * copy made before an addition existed is still a copy of its database (restore).
 */
final class SchemaAdditions {

    /** Table name to what it is for. */
    static final Map<String, String> TABLES = Map.of(
            "aggregated_daily_totals", "the dashboard's per-plugin, per-day rollup of aggregated_trades (central V4)");

    private SchemaAdditions() {
    }

    static boolean isAddition(String table) {
        return TABLES.containsKey(table);
    }
}
