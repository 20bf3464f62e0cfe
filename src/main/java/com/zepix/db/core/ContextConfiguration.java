package com.zepix.db.core;

import java.nio.file.Path;
import org.jooq.Configuration;
import org.jooq.MetaProvider;
import org.jooq.SQLDialect;
import org.jooq.impl.DefaultConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The jOOQ configuration of a plugin context, less the guarded connection each call adds. */
final class ContextConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ContextConfiguration.class);

    private ContextConfiguration() {
    }

    /**
     * {@code DSLContext.meta()} is refused before it reaches the connection: jOOQ's own meta reads
     * the catalog by queries too (SQLite's {@code sqlite_master}), not only through {@code DatabaseMetaData}.
     */
    private static MetaProvider refusedMeta(DatabaseKey key) {
        return () -> {
            IsolationViolationException refused = IdentityOnlyMetaData.refusal(key, "DSLContext.meta()");
            LOG.warn("statement refused: {}", refused.getMessage());
            throw refused;
        };
    }

    /**
     * @param dialect SQLite, or PostgreSQL for a central on a server: one generated code path, rendered per dialect
     * @param logSql adds the listener that logs each statement; without it nothing is installed
     */
    static Configuration template(DatabaseKey key, SQLDialect dialect, Path file, SqliteSettings settings,
            boolean writing, boolean logSql) {
        Configuration configuration = new DefaultConfiguration()
                .set(dialect)
                .set(JooqDefaults.settings())
                .set(refusedMeta(key));
        ConstraintTranslator constraints = new ConstraintTranslator(key);
        if (dialect != SQLDialect.SQLITE) {
            return logSql ? configuration.set(constraints, new SqlLogListener(key)) : configuration.set(constraints);
        }
        SqliteFailureTranslator failures = new SqliteFailureTranslator(file, settings.busyTimeout(), writing);
        return logSql ? configuration.set(constraints, failures, new SqlLogListener(key))
                : configuration.set(constraints, failures);
    }
}
