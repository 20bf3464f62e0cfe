package com.zepix.db.core;

import org.jooq.conf.FetchTriggerValuesAfterReturning;
import org.jooq.conf.Settings;

/** jOOQ as every context of this project uses it. */
public final class JooqDefaults {

    static {
        quiet();
    }

    private JooqDefaults() {
    }

    /** jOOQ prints a banner and tips on first use unless told not to; operators should see neither. */
    public static void quiet() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    /** The settings of every context: no schema prefix (one SQLite file is one schema), no jOOQ logging, no warning fetch. */
    public static Settings settings() {
        return new Settings()
                .withRenderSchema(false)
                .withExecuteLogging(false)
                .withDiagnosticsLogging(false)
                // SQLite reports no JDBC warnings worth a call after every statement
                .withFetchWarnings(false)
                // INSERT/UPDATE ... RETURNING as SQLite runs it natively (3.35+), in one statement; by
                // default jOOQ emulates it with a second SELECT ... WHERE _rowid_ = last_insert_rowid().
                // No trigger of this schema changes a row it returns.
                .withFetchTriggerValuesAfterReturning(FetchTriggerValuesAfterReturning.NEVER);
    }
}
