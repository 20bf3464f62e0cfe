package com.zepix.db.ops.json;

import com.zepix.db.ops.init.DatabaseInitResult;
import com.zepix.db.ops.init.InitReport;
import com.zepix.db.ops.init.LegacyReport;
import java.util.List;
import java.util.Locale;

/** {@code init --json}: what init did to each database, and what it found of the legacy file. */
public record InitJson(int formatVersion, String command, boolean succeeded, boolean changedNothing,
        List<Database> databases, Legacy legacy, List<String> permissionsTightened) {

    public static final int FORMAT_VERSION = 1;

    /**
     * @param outcome created, upgraded, up_to_date or failed
     * @param rollupDaysRebuilt the plugin-days of central's daily rollup that init rebuilt from a recount
     */
    public record Database(String database, String file, String outcome, String fromVersion, String toVersion,
            List<String> domainTables, List<String> bookkeepingTables, String problem, int rollupDaysRebuilt) {
    }

    public record Legacy(String file, boolean present, List<String> tables, Long tradeRows, String problem) {
    }

    public static InitJson of(InitReport report) {
        return new InitJson(FORMAT_VERSION, "init", report.succeeded(), report.changedNothing(),
                report.databases().stream().map(InitJson::database).toList(), legacy(report.legacy()), report.tightened());
    }

    private static Database database(DatabaseInitResult d) {
        return new Database(d.database().schemaFolder(), d.location(), d.outcome().name().toLowerCase(Locale.ROOT),
                d.fromVersion(), d.toVersion(), d.domainTables(), d.bookkeepingTables(), d.problem(),
                d.rollupDaysRebuilt());
    }

    private static Legacy legacy(LegacyReport l) {
        return new Legacy(l.file().toString(), l.present(), l.tables(), l.tradeRows(), l.problem());
    }
}
