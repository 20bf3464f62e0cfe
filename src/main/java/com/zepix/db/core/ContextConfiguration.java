package com.zepix.db.core;

import org.jooq.Configuration;
import org.jooq.SQLDialect;
import org.jooq.impl.DefaultConfiguration;

/** The jOOQ configuration of a plugin context, less the guarded connection each call adds. */
final class ContextConfiguration {

    private ContextConfiguration() {
    }

    static Configuration template(DatabaseKey key) {
        return new DefaultConfiguration()
                .set(SQLDialect.SQLITE)
                .set(JooqDefaults.settings())
                .set(new ConstraintTranslator(key));
    }
}
