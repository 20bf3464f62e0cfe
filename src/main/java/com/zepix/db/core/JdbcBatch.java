package com.zepix.db.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;

/**
 * A multi-row INSERT (or upsert) rendered once and bound straight to JDBC, for bulk writes inside
 * one {@link DatabaseService#write} transaction. jOOQ's own batch re-binds every value through its
 * query tree and ran at about half the speed of JDBC; and one statement per row pays SQLite's
 * per-statement costs (a statement journal on a table with triggers) once per row. Here up to
 * {@link #MAX_ROWS_PER_STATEMENT} rows go in one statement.
 *
 * <p>Nothing is loosened: each statement is rendered by the context's own configuration, so the
 * isolation guard sees it as it sees any query; it is prepared on the context's own connection,
 * inside its transaction and under its write lock; values are bound by {@link JdbcBinder}s that
 * write exactly what jOOQ's bindings write (the same timestamp text, the same enum literals); and
 * a failure becomes what the context's own listeners make of it on the jOOQ path
 * ({@link ContextListeners}: the same {@link ConstraintViolationException}, the same
 * {@link DatabaseUnavailableException} for a lock or a full disk). JdbcBatchTest pins all three
 * against jOOQ.
 */
public final class JdbcBatch implements AutoCloseable {

    /** Rows per statement; with SQLite's limit of 32,766 bound values it also caps the columns. */
    public static final int MAX_ROWS_PER_STATEMENT = 500;
    private static final int MAX_BOUND_VALUES = 32_000;

    private final DSLContext ctx;
    private final String table;
    private final IntFunction<Query> statementFor;
    private final List<JdbcBinder> binders;
    private final int rowsPerStatement;
    private final ConnectionProvider connections;
    private final Connection connection;
    private final Map<Integer, Prepared> statements = new HashMap<>();
    private final ContextListeners listeners;
    private final Object[][] rows;
    private int buffered;
    private int changed;

    /** A statement for some number of rows, and its text for the SQL log. */
    private record Prepared(String sql, PreparedStatement jdbc) {
    }

    private JdbcBatch(DSLContext ctx, Table<?> table, IntFunction<Query> statementFor,
            List<JdbcBinder> binders, int rowsPerStatement) {
        this.ctx = ctx;
        this.table = table.getName();
        this.statementFor = statementFor;
        this.binders = binders;
        this.rowsPerStatement = rowsPerStatement;
        this.rows = new Object[rowsPerStatement][];
        this.connections = ctx.configuration().connectionProvider();
        this.listeners = ContextListeners.of(ctx);
        this.connection = connections.acquire();
    }

    /**
     * Prepares a bulk write through {@code ctx}.
     *
     * @param statementFor the statement for n rows: an INSERT whose values are n rows of
     *     placeholders (e.g. {@code values((String) null, ...)} n times), with any ON CONFLICT clause
     * @param table the table it writes, named in a constraint error
     * @param parameters the fields whose values fill one row's placeholders, in their order
     */
    public static JdbcBatch prepare(DSLContext ctx, IntFunction<Query> statementFor, Table<?> table,
            List<? extends Field<?>> parameters) {
        int rowsPerStatement = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, MAX_BOUND_VALUES / parameters.size()));
        JdbcBatch batch = new JdbcBatch(ctx, table, statementFor,
                parameters.stream().map(f -> JdbcBinder.of(f, ctx.family())).toList(), rowsPerStatement);
        try {
            // the one-row statement: rendered, checked by the guard and prepared now, so a refused or
            // malformed statement fails here; the larger ones only when that many rows come
            batch.statement(1);
            return batch;
        } catch (RuntimeException e) {
            batch.close();
            throw e;
        }
    }

    /** Queues one row's values, in the order of the parameters; writes a full statement's worth at once. */
    public void add(Object... values) {
        if (values.length != binders.size()) {
            throw new IllegalArgumentException(binders.size() + " values expected, got " + values.length);
        }
        rows[buffered++] = values;
        if (buffered == rowsPerStatement) {
            flush();
        }
    }

    /** Writes the rows still queued; returns the rows changed since the last call. */
    public int execute() {
        flush();
        int result = changed;
        changed = 0;
        return result;
    }

    private void flush() {
        try {
            int done = 0;
            while (done < buffered) {
                int n = statementRows(buffered - done);
                changed += run(statement(n), done, n);
                done += n;
            }
        } finally {
            Arrays.fill(rows, 0, buffered, null);
            buffered = 0;
        }
    }

    /** Binds the {@code n} queued rows from {@code from} to the statement for n rows and runs it; returns the rows changed. */
    private int run(Prepared statement, int from, int n) {
        long started = System.nanoTime();
        try {
            int index = 1;
            for (int r = from; r < from + n; r++) {
                Object[] row = rows[r];
                for (int c = 0; c < row.length; c++) {
                    binders.get(c).bind(statement.jdbc(), index++, row[c]);
                }
            }
            int written = statement.jdbc().executeUpdate();
            listeners.loggedBulk(statement.sql(), n, started, written, null);
            return written;
        } catch (SQLException e) {
            RuntimeException failure = translate(e);
            listeners.loggedBulk(statement.sql(), n, started, 0, failure);
            throw failure;
        }
    }

    /**
     * How many of the {@code remaining} rows the next statement takes: a full statement, or for a
     * tail the largest of {@link #TAIL_ROWS} that fits. A statement for every tail length would be a
     * new text each time (an incremental sync of a few hundred trades has a different tail per
     * plugin), each prepared, and explained by the guard, afresh; these few are prepared once.
     */
    private int statementRows(int remaining) {
        if (remaining >= rowsPerStatement) {
            return rowsPerStatement;
        }
        for (int size : TAIL_ROWS) {
            if (size <= remaining) {
                return size;
            }
        }
        return 1;
    }

    /** The row counts of the statements a tail is cut into, largest first; the last is 1. */
    static final int[] TAIL_ROWS = {100, 20, 5, 1};

    /** The row counts of the statements this batch has prepared so far. */
    Set<Integer> preparedRowCounts() {
        return Set.copyOf(statements.keySet());
    }

    /** The statement for {@code n} rows, rendered through the context (the isolation guard checks it) and prepared once. */
    private Prepared statement(int n) {
        Prepared cached = statements.get(n);
        if (cached != null) {
            return cached;
        }
        Query query = statementFor.apply(n);
        String sql = ctx.render(query);
        int placeholders = ctx.extractBindValues(query).size();
        if (placeholders != n * binders.size()) {
            throw new IllegalArgumentException("the statement for " + n + " rows has " + placeholders
                    + " placeholders, not " + n + " x " + binders.size() + ": " + sql);
        }
        try {
            Prepared prepared = new Prepared(sql, connection.prepareStatement(sql));
            statements.put(n, prepared);
            return prepared;
        } catch (SQLException e) {
            throw new DataAccessException("SQL [" + sql + "]; " + e.getMessage(), e);
        }
    }

    /** What the context's own listeners make of the failure (as on the jOOQ path), else jOOQ's exception. */
    private RuntimeException translate(SQLException e) {
        RuntimeException known = listeners.translate(table, e);
        return known != null ? known : new DataAccessException("writing " + table + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        DataAccessException failure = null;
        for (Prepared s : statements.values()) {
            try {
                s.jdbc().close();
            } catch (SQLException e) {
                failure = failure == null ? new DataAccessException("closing a statement on " + table, e) : failure;
            }
        }
        statements.clear();
        connections.release(connection);
        if (failure != null) {
            throw failure;
        }
    }
}
