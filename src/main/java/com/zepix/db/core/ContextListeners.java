package com.zepix.db.core;

import java.sql.SQLException;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;

/**
 * The listeners a context was configured with ({@link ContextConfiguration}), for a statement that
 * core runs on JDBC itself ({@link RenderedInsert}, {@link JdbcBatch}): jOOQ calls them for its own queries only, and
 * such a statement must fail and be logged exactly as if jOOQ had run it.
 */
final class ContextListeners {

    private final ConstraintTranslator constraints;
    private final SqliteFailureTranslator failures;
    private final SqlLogListener log;

    private ContextListeners(ConstraintTranslator constraints, SqliteFailureTranslator failures, SqlLogListener log) {
        this.constraints = constraints;
        this.failures = failures;
        this.log = log;
    }

    static ContextListeners of(DSLContext ctx) {
        ConstraintTranslator constraints = null;
        SqliteFailureTranslator failures = null;
        SqlLogListener log = null;
        for (ExecuteListenerProvider p : ctx.configuration().executeListenerProviders()) {
            ExecuteListener listener = p.provide();
            if (listener instanceof ConstraintTranslator c) {
                constraints = c;
            } else if (listener instanceof SqliteFailureTranslator f) {
                failures = f;
            } else if (listener instanceof SqlLogListener l) {
                log = l;
            }
        }
        if (constraints == null) {
            throw new IllegalArgumentException("a statement run on JDBC needs a context handed out by DatabaseService");
        }
        return new ContextListeners(constraints, failures, log);
    }

    /** What the context's translators make of {@code e} on the table named {@code table}, or null when neither knows it. */
    RuntimeException translate(String table, SQLException e) {
        RuntimeException constraint = ConstraintTranslator.translate(constraints.key(), table, e);
        if (constraint != null) {
            return constraint;
        }
        return failures != null ? failures.translate(e) : null;
    }

    /** Logs a bulk statement of {@code boundRows} rows when the context logs SQL. */
    void loggedBulk(String sql, int boundRows, long startNanos, int changed, Throwable failure) {
        if (log != null) {
            log.bulkStatementRan(sql, boundRows, startNanos, changed, failure);
        }
    }

    /** Logs the statement when the context logs SQL. */
    void logged(String sql, Object[] values, long startNanos, int rows, Throwable failure) {
        if (log != null) {
            log.statementRan(sql, values, startNanos, rows, failure);
        }
    }
}
