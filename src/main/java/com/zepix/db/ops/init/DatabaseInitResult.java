package com.zepix.db.ops.init;

import com.zepix.db.core.DatabaseFile;
import java.nio.file.Path;
import java.util.List;

/**
 * What init did to one database.
 *
 * @param fromVersion the schema version before (null for a new file)
 * @param toVersion the schema version after (null when init failed before knowing it)
 * @param domainTables the tables that hold data, sorted
 * @param bookkeepingTables Flyway's history and SQLite's sequence table, never counted as domain tables
 * @param problem why init failed, or null
 * @param server for a central on PostgreSQL, the server and database (no credentials); then
 *     {@code file} is null
 * @param rollupDaysRebuilt for a SQLite central, the plugin-days of {@code aggregated_daily_totals}
 *     that differed from a recount of {@code aggregated_trades} and were rebuilt; 0 otherwise
 */
public record DatabaseInitResult(DatabaseFile database, Path file, Outcome outcome, String fromVersion, String toVersion,
        List<String> domainTables, List<String> bookkeepingTables, String problem, String server,
        int rollupDaysRebuilt) {

    public enum Outcome { CREATED, UPGRADED, UP_TO_DATE, FAILED }

    DatabaseInitResult(DatabaseFile database, Path file, Outcome outcome, String fromVersion, String toVersion,
            List<String> domainTables, List<String> bookkeepingTables, String problem) {
        this(database, file, outcome, fromVersion, toVersion, domainTables, bookkeepingTables, problem, null, 0);
    }

    DatabaseInitResult withRollupDaysRebuilt(int days) {
        return new DatabaseInitResult(database, file, outcome, fromVersion, toVersion, domainTables, bookkeepingTables,
                problem, server, days);
    }

    static DatabaseInitResult failed(DatabaseFile database, Path file, String problem) {
        return new DatabaseInitResult(database, file, Outcome.FAILED, null, null, List.of(), List.of(), problem);
    }

    /** The file, or the PostgreSQL server and database. */
    public String location() {
        return server != null ? server : String.valueOf(file);
    }

    public boolean succeeded() {
        return outcome != Outcome.FAILED;
    }
}
