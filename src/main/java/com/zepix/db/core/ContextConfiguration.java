package com.zepix.db.core;

import java.nio.file.Path;
import org.jooq.Configuration;
import org.jooq.SQLDialect;
import org.jooq.impl.DefaultConfiguration;

/** The jOOQ configuration of a plugin context, less the guarded connection each call adds. */
final class ContextConfiguration {

    private ContextConfiguration() {
    }

    /**
     * @param dialect SQLite, or PostgreSQL for a central on a server: one generated code path, rendered per dialect
     * @param logSql adds the listener that logs each statement; without it nothing is installed
     */
    static Configuration template(DatabaseKey key, SQLDialect dialect, Path file, SqliteSettings settings,
            boolean writing, boolean logSql) {
        Configuration configuration = new DefaultConfiguration()
                .set(dialect)
                .set(JooqDefaults.settings());
        ConstraintTranslator constraints = new ConstraintTranslator(key);
        if (dialect != SQLDialect.SQLITE) {
            return logSql ? configuration.set(constraints, new SqlLogListener(key)) : configuration.set(constraints);
        }
        SqliteFailureTranslator failures = new SqliteFailureTranslator(file, settings.busyTimeout(), writing);
        return logSql ? configuration.set(constraints, failures, new SqlLogListener(key))
                : configuration.set(constraints, failures);
    }
}
