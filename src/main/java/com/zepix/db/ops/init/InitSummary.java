package com.zepix.db.ops.init;

import com.zepix.db.core.DatabaseKey;
import java.util.List;
import java.util.Set;

/** The initialization summary in the layout of the architecture document's section 8. */
public final class InitSummary {

    private static final String RULE = "=".repeat(60);

    private InitSummary() {
    }

    public static String render(InitReport report) {
        StringBuilder out = new StringBuilder();
        line(out, RULE);
        line(out, "V5 DATABASE INITIALIZATION SUMMARY");
        line(out, RULE);
        line(out, "Overall Status: " + (report.succeeded() ? "SUCCESS" : "FAILED"));
        for (DatabaseInitResult db : report.databases()) {
            line(out, "");
            line(out, db.database().title() + ":");
            line(out, (db.server() != null ? "  Server: " : "  File: ") + db.location());
            line(out, "  Status: " + status(db));
            if (db.rollupDaysRebuilt() > 0) {
                line(out, "  Rebuilt aggregated_daily_totals from aggregated_trades: " + db.rollupDaysRebuilt()
                        + " plugin-day(s) differed from a recount");
            }
            if (db.succeeded()) {
                // The architecture document's tables are counted as it counts them; additions are named apart.
                Set<String> additions = DatabaseKey.additionsIn(db.database());
                tables(out, db.domainTables().stream().filter(t -> !additions.contains(t)).toList());
                List<String> added = db.domainTables().stream().filter(additions::contains).toList();
                if (!added.isEmpty()) {
                    line(out, "  Additions beyond the architecture (not counted): " + String.join(", ", added));
                }
                line(out, "  Bookkeeping tables (not counted): " + String.join(", ", db.bookkeepingTables()));
            }
        }
        line(out, "");
        legacy(out, report.legacy());
        line(out, "");
        if (!report.succeeded()) {
            line(out, "INITIALIZATION FAILED: " + report.failures().size() + " of " + report.databases().size()
                    + " databases could not be initialized");
        } else {
            if (report.changedNothing()) {
                line(out, "All databases were already up to date: nothing was changed.");
            }
            line(out, "ALL DATABASES INITIALIZED SUCCESSFULLY");
        }
        line(out, RULE);
        return out.toString();
    }

    private static String status(DatabaseInitResult db) {
        return switch (db.outcome()) {
            case CREATED -> "OK (created at schema version " + db.toVersion() + ")";
            case UPGRADED -> "OK (upgraded from schema version " + db.fromVersion() + " to " + db.toVersion() + ")";
            case UP_TO_DATE -> "OK (up to date at schema version " + db.toVersion() + ")";
            case FAILED -> "FAILED: " + db.problem();
        };
    }

    private static void legacy(StringBuilder out, LegacyReport legacy) {
        line(out, "Legacy Database (read-only, never modified):");
        line(out, "  File: " + legacy.file());
        if (!legacy.present()) {
            line(out, "  Status: NOT PRESENT");
            return;
        }
        if (legacy.problem() != null) {
            line(out, "  Status: PRESENT, could not be read: " + legacy.problem());
            return;
        }
        line(out, "  Status: PRESENT, untouched");
        tables(out, legacy.tables());
        line(out, "  Trades: " + (legacy.tradeRows() == null ? "no trades table" : legacy.tradeRows() + " rows"));
    }

    private static void tables(StringBuilder out, List<String> tables) {
        line(out, "  Tables: " + tables.size());
        tables.forEach(t -> line(out, "    - " + t));
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append(System.lineSeparator());
    }
}
