package com.zepix.db.core;

import org.jooq.Configuration;
import org.jooq.SQLDialect;
import org.jooq.impl.DefaultConfiguration;

/** The jOOQ configuration of a plugin context, less the guarded connection each call adds. */
final class ContextConfiguration {

    private ContextConfiguration() {
    }

    /** @param logSql adds the listener that logs each statement; without it nothing is installed */
    static Configuration template(DatabaseKey key, boolean logSql) {
        Configuration configuration = new DefaultConfiguration()
                .set(SQLDialect.SQLITE)
                .set(JooqDefaults.settings());
        return logSql ? configuration.set(new ConstraintTranslator(key), new SqlLogListener(key))
                : configuration.set(new ConstraintTranslator(key));
    }
}
