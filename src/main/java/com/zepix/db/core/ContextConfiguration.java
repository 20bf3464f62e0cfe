package com.zepix.db.core;

import java.nio.file.Path;
import org.jooq.Configuration;
import org.jooq.SQLDialect;
import org.jooq.impl.DefaultConfiguration;

/** The jOOQ configuration of a plugin context, less the guarded connection each call adds. */
final class ContextConfiguration {

    private ContextConfiguration() {
    }

    static Configuration template(DatabaseKey key, Path file, SqliteSettings settings, boolean writing) {
        return new DefaultConfiguration()
                .set(SQLDialect.SQLITE)
                .set(JooqDefaults.settings())
                .set(new ConstraintTranslator(key), new SqliteFailureTranslator(file, settings.busyTimeout(), writing));
    }
}
