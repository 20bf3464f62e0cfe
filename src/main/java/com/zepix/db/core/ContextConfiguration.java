package com.zepix.db.core;

import java.nio.file.Path;
import org.jooq.Configuration;
import org.jooq.SQLDialect;
import org.jooq.impl.DefaultConfiguration;

/** The jOOQ configuration of a plugin context, less the guarded connection each call adds. */
final class ContextConfiguration {

    private ContextConfiguration() {
    }

    /** @param logSql adds the listener that logs each statement; without it nothing is installed */
    static Configuration template(DatabaseKey key, Path file, SqliteSettings settings, boolean writing, boolean logSql) {
        Configuration configuration = new DefaultConfiguration()
                .set(SQLDialect.SQLITE)
                .set(JooqDefaults.settings());
        ConstraintTranslator constraints = new ConstraintTranslator(key);
        SqliteFailureTranslator failures = new SqliteFailureTranslator(file, settings.busyTimeout(), writing);
        return logSql ? configuration.set(constraints, failures, new SqlLogListener(key))
                : configuration.set(constraints, failures);
    }
}
