package com.zepix.db.core;

import java.sql.SQLException;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.QueryPart;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * A one-row {@code INSERT ... RETURNING} built from generated table and field classes, rendered by
 * jOOQ once and run again and again with new values. Building and rendering the insert's query tree
 * for every durable write was a fifth of the store's CPU per insert; the text never changes.
 *
 * <p>Nothing is loosened: the text is rendered by a context's own configuration, and each call runs
 * it through the calling context as a jOOQ query, so the isolation guard checks it at every prepare,
 * the execute listeners (constraint and SQLite failure translation, the SQL log) see it as any query,
 * and every value is bound by {@link DSL#val(Object, Field)} with its column's data type, converter
 * and binding (the same {@link UtcTimestampBinding} text, the same enum literals). RenderedInsertTest
 * compares the stored rows and the exceptions with jOOQ's own insert.
 *
 * @param <T> the type of the column it returns (the new row's id)
 */
public final class RenderedInsert<T> {

    private final Table<?> table;
    private final List<Field<?>> columns;
    private final Field<T> returning;
    private volatile String sql;

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
        }
        requireColumnOf(table, returning);
        return new RenderedInsert<>(table, List.copyOf(columns), returning);
    }

    /** A generated column of {@code table} itself: jOOQ would match another table's column by its name alone. */
    private static void requireColumnOf(Table<?> table, Field<?> column) {
        if (!(column instanceof TableField<?, ?> field) || !field.getTable().equals(table)) {
            throw new IllegalArgumentException("column " + column + " is not in " + table.getName());
        }
    }

    /** Inserts one row through {@code ctx}, the values in the order of the columns; returns the returned column. */
    @SuppressWarnings("unchecked")
    public T insert(DSLContext ctx, Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(columns.size() + " values expected, got " + values.length);
        }
        QueryPart[] parameters = new QueryPart[values.length];
        for (int i = 0; i < values.length; i++) {
            parameters[i] = DSL.val(values[i], (Field<Object>) columns.get(i));
        }
        try {
            return ctx.resultQuery(sql(ctx), (Object[]) parameters).coerce(returning).fetchSingle(returning);
        } catch (ConstraintViolationException e) {
            // jOOQ's listener cannot read the target table out of a SQL text: name it as on jOOQ's own insert
            if (e.getCause() instanceof SQLException cause) {
                RuntimeException named = ConstraintTranslator.translate(JdbcBatch.keyOf(ctx), table.getName(), cause);
                if (named != null) {
                    throw named;
                }
            }
            throw e;
        }
    }

    private String sql(DSLContext ctx) {
        String text = sql;
        if (text == null) {
            Object[] placeholders = new Object[columns.size()];
            text = ctx.render(ctx.insertInto(table).columns(columns).values(placeholders).returning(returning));
            sql = text;
        }
        return text;
    }
}
