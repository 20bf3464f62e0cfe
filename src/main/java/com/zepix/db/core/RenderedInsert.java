package com.zepix.db.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.exception.DataAccessException;

/**
 * A one-row {@code INSERT ... RETURNING} built from generated table and field classes, rendered by
 * jOOQ once and run again and again with new values. Building, rendering and executing the insert
 * through jOOQ for every durable write cost the store about a tenth of its time per insert against
 * raw JDBC (bench case 1, ratio_vs_raw_immediate); the text never changes.
 *
 * <p>Nothing is loosened. The text is rendered by a context's own configuration; each call prepares
 * it on the calling context's own connection, so the isolation guard checks it at every prepare
 * (the statement cache hands the prepared statement back afterwards), inside the context's
 * transaction and write lock. Every value is bound by the {@link JdbcBinder} of its column, which
 * writes what jOOQ's binding writes (the same {@link UtcTimestampBinding} text, the same enum
 * literals), as {@link JdbcBatch} does. A failure becomes what the context's own listeners make of
 * it on the jOOQ path: a {@link ConstraintViolationException} naming the table, a
 * {@link DatabaseUnavailableException} naming the file, or jOOQ's {@code DataAccessException}; and
 * the SQL log, when it is on, logs the statement as it logs any query. RenderedInsertTest compares
 * the stored rows, the exceptions and the log line with jOOQ's own insert.
 *
 * @param <T> the type of the column it returns (the new row's id)
 */
public final class RenderedInsert<T> {

    private final Table<?> table;
    private final List<Field<?>> columns;
    private final Field<T> returning;
    private volatile Rendered rendered;

    /** The text for one dialect, and the binder of each column for it. */
    private record Rendered(SQLDialect dialect, String sql, List<JdbcBinder> binders) {
    }

    private RenderedInsert(Table<?> table, List<Field<?>> columns, Field<T> returning) {
        this.table = table;
        this.columns = columns;
        this.returning = returning;
    }

    /** An insert of one row of {@code columns} into {@code table}, returning {@code returning}. */
    public static <T> RenderedInsert<T> of(Table<?> table, Field<T> returning, List<? extends Field<?>> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("an insert needs at least one column");
        }
        for (Field<?> c : columns) {
            requireColumnOf(table, c);
            JdbcBinder.of(c); // refuses a column type it cannot bind now, not at the first insert
        }
        requireColumnOf(table, returning);
        if (returning.getConverter().fromType() != returning.getConverter().toType()) {
            throw new IllegalArgumentException("returned column " + returning.getName()
                    + " has a converter; return a plain column such as the id");
        }
        return new RenderedInsert<>(table, List.copyOf(columns), returning);
    }

    /** A generated column of {@code table} itself: jOOQ would match another table's column by its name alone. */
    private static void requireColumnOf(Table<?> table, Field<?> column) {
        if (!(column instanceof TableField<?, ?> field) || !field.getTable().equals(table)) {
            throw new IllegalArgumentException("column " + column + " is not in " + table.getName());
        }
    }

    /** Inserts one row through {@code ctx}, the values in the order of the columns; returns the returned column. */
    public T insert(DSLContext ctx, Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(columns.size() + " values expected, got " + values.length);
        }
        Rendered r = rendered(ctx);
        ContextListeners listeners = ContextListeners.of(ctx);
        ConnectionProvider provider = ctx.configuration().connectionProvider();
        long started = System.nanoTime();
        Connection connection = provider.acquire();
        try {
            T result = run(connection, r, values);
            listeners.logged(r.sql(), values, started, 1, null);
            return result;
        } catch (SQLException e) {
            RuntimeException translated = listeners.translate(table.getName(), e);
            RuntimeException thrown = translated != null ? translated
                    : new DataAccessException("SQL [" + r.sql() + "]; " + e.getMessage(), e);
            listeners.logged(r.sql(), values, started, 0, thrown);
            throw thrown;
        } catch (RuntimeException e) {
            listeners.logged(r.sql(), values, started, 0, e);
            throw e;
        } finally {
            provider.release(connection);
        }
    }

    private T run(Connection connection, Rendered r, Object[] values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(r.sql())) {
            for (int i = 0; i < values.length; i++) {
                r.binders().get(i).bind(statement, i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new DataAccessException("SQL [" + r.sql() + "]; returned no row");
                }
                return returning.getDataType().convert(rows.getObject(1));
            }
        }
    }

    private Rendered rendered(DSLContext ctx) {
        Rendered r = rendered;
        if (r == null || r.dialect() != ctx.dialect()) {
            Object[] placeholders = new Object[columns.size()];
            String sql = ctx.render(ctx.insertInto(table).columns(columns).values(placeholders).returning(returning));
            List<JdbcBinder> binders = columns.stream().map(c -> JdbcBinder.of(c, ctx.dialect())).toList();
            r = new Rendered(ctx.dialect(), sql, binders);
            rendered = r;
        }
        return r;
    }
}
