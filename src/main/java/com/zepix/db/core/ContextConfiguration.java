package com.zepix.db.core;

import org.jooq.Configuration;
import org.jooq.SQLDialect;
import org.jooq.impl.DefaultConfiguration;

/** The jOOQ configuration of a plugin context, less the guarded connection each call adds. */
final class ContextConfiguration {

    private ContextConfiguration() {
    }

    static Configuration template(DatabaseKey key) {
        return template(key, SQLDialect.SQLITE);
    }

    /** @param dialect SQLite, or PostgreSQL for a central on a server: one generated code path, rendered per dialect */
    static Configuration template(DatabaseKey key, SQLDialect dialect) {
        return new DefaultConfiguration()
                .set(dialect)
                .set(JooqDefaults.settings())
                .set(new ConstraintTranslator(key));
    }
}
