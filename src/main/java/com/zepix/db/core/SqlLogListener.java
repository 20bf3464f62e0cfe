package com.zepix.db.core;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each statement of one key's contexts at DEBUG on {@link SqlLogging#LOGGER}, once it has
 * finished: SQL with placeholders, the bind values, the time from start to the last row fetched,
 * and the rows written or read. Installed only when that logger is enabled.
 */
final class SqlLogListener implements ExecuteListener {

    private static final long serialVersionUID = 1L;
    private static final String STARTED = SqlLogListener.class.getName() + ".started";
    /** A JSON payload can be kilobytes; the log line needs its start, not all of it. */
    private static final int MAX_VALUE_CHARS = 200;
    /** A bulk statement's text is its column list and then hundreds of rows of placeholders. */
    private static final int MAX_BULK_SQL_CHARS = 300;

    private final DatabaseKey key;
    private final transient Logger log;

    SqlLogListener(DatabaseKey key) {
        this(key, LoggerFactory.getLogger(SqlLogging.LOGGER));
    }

    SqlLogListener(DatabaseKey key, Logger log) {
        this.key = key;
        this.log = log;
    }

    @Override
    public void start(ExecuteContext ctx) {
        ctx.data(STARTED, System.nanoTime());
    }

    @Override
    public void end(ExecuteContext ctx) {
        if (!log.isDebugEnabled()) {
            return;
        }
        String millis = elapsedMillis(ctx);
        String outcome = ctx.exception() != null ? failed(ctx.exception()) : rows(ctx);
        IsolationViolationException refusal = refusal(ctx.exception());
        if (refusal != null) {
            // the guard refused it before it was prepared: it never ran
            log.debug("[{}] refused, not run: {}", key, firstLine(refusal.getMessage()));
            return;
        }
        String[] batch = ctx.batchSQL();
        if (batch.length > 1 || (ctx.sql() == null && batch.length == 1)) {
            log.debug("[{}] {} ms, batch of {}, {}: {}", key, millis, batch.length, outcome, batch[0]);
            return;
        }
        log.debug("[{}] {} ms, {}: {} -- binds {}", key, millis, outcome, ctx.sql(), binds(ctx.query()));
    }

    /**
     * Logs, in the same form as a jOOQ query's line, a statement that core ran on JDBC itself
     * ({@link RenderedInsert}): jOOQ's listeners never see it.
     *
     * @param failure what it threw, or null when it ran
     */
    void statementRan(String sql, Object[] values, long startNanos, int rows, Throwable failure) {
        if (!log.isDebugEnabled()) {
            return;
        }
        IsolationViolationException refused = refusal(failure);
        if (refused != null) {
            log.debug("[{}] refused, not run: {}", key, firstLine(refused.getMessage()));
            return;
        }
        String binds = java.util.Arrays.stream(values).map(SqlLogListener::shown).collect(Collectors.joining(", ", "[", "]"));
        log.debug("[{}] {} ms, {}: {} -- binds {}", key, millisSince(startNanos),
                failure != null ? failed(failure) : rowCount(rows), sql, binds);
    }

    /**
     * Logs a multi-row statement of {@link JdbcBatch}: its text cut to its start (hundreds of rows of
     * placeholders), and how many rows it bound, instead of every bound value.
     */
    void bulkStatementRan(String sql, int boundRows, long startNanos, int changed, Throwable failure) {
        if (!log.isDebugEnabled()) {
            return;
        }
        String text = sql.length() > MAX_BULK_SQL_CHARS ? sql.substring(0, MAX_BULK_SQL_CHARS) + "..." : sql;
        log.debug("[{}] {} ms, {}: {} -- {} bound", key, millisSince(startNanos),
                failure != null ? failed(failure) : rowCount(changed), text, rowCount(boundRows));
    }

    private static IsolationViolationException refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IsolationViolationException refused) {
                return refused;
            }
        }
        return null;
    }

    private static String elapsedMillis(ExecuteContext ctx) {
        Object started = ctx.data(STARTED);
        return started instanceof Long start ? millisSince(start) : "?";
    }

    private static String millisSince(long startNanos) {
        return String.format(Locale.ROOT, "%.2f", (System.nanoTime() - startNanos) / 1_000_000.0);
    }

    private static String failed(Throwable failure) {
        return "failed (" + firstLine(failure.getMessage()) + ")";
    }

    private static String rowCount(int rows) {
        return rows == 1 ? "1 row" : rows + " rows";
    }

    private static String rows(ExecuteContext ctx) {
        Result<?> result = ctx.result();
        int count = result != null ? result.size() : ctx.rows();
        return count < 0 ? "done" : rowCount(count);
    }

    private static String binds(Query query) {
        if (query == null) {
            return "[]";
        }
        List<Object> values = query.getBindValues();
        return values.stream().map(SqlLogListener::shown).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String shown(Object value) {
        if (value == null) {
            return "null";
        }
        String text = String.valueOf(value);
        if (text.length() > MAX_VALUE_CHARS) {
            text = text.substring(0, MAX_VALUE_CHARS) + "...(" + text.length() + " chars)";
        }
        if (value instanceof java.time.LocalDateTime time) {
            return "'" + UtcTimestamps.format(time) + "'";
        }
        if (value instanceof org.jooq.EnumType type) {
            return "'" + type.getLiteral() + "'";
        }
        if (value instanceof Enum<?> constant) {
            return "'" + constant.name() + "'";
        }
        return value instanceof CharSequence || value instanceof java.time.temporal.Temporal ? "'" + text + "'" : text;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
