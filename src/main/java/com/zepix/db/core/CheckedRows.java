package com.zepix.db.core;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.exception.DataAccessException;

/**
 * Reads the rows of one table that match a condition, in id order, so that a row that cannot be
 * read stops the read with an {@link UnreadableRowException} naming it, rather than jOOQ's
 * "Error while reading field" for an unknown row, or a NULL slipping through to fail somewhere
 * else. A row fails when a value does not convert to its column's Java type, when a NOT NULL
 * column holds NULL, or when {@code mapper} throws. Nothing is skipped: a reader that goes on
 * past a bad row would report totals that silently leave it out.
 */
public final class CheckedRows {

    private CheckedRows() {
    }

    /**
     * Maps every row of {@code table} matching {@code where}, in {@code id} order.
     *
     * @param file the database file, named in the exception for a bad row
     * @throws UnreadableRowException for the first row that cannot be read or mapped
     */
    public static <R extends Record, T> List<T> read(DSLContext ctx, Path file, Table<R> table,
            TableField<R, Long> id, Condition where, Function<R, T> mapper) {
        return read(ctx, file, table, id, where, ctx.selectFrom(table).where(where).orderBy(id), List.of(table.fields()),
                mapper);
    }

    /** The same, reading only {@code fields} (the id among them) of each row. */
    public static <R extends Record, T> List<T> read(DSLContext ctx, Path file, Table<R> table,
            TableField<R, Long> id, Condition where, List<? extends Field<?>> fields, Function<Record, T> mapper) {
        return read(ctx, file, table, id, where, ctx.select(fields).from(table).where(where).orderBy(id), fields,
                mapper::apply);
    }

    private static <R extends Record, Q extends Record, T> List<T> read(DSLContext ctx, Path file, Table<R> table,
            TableField<R, Long> id, Condition where, org.jooq.ResultQuery<Q> query, List<? extends Field<?>> fields,
            Function<? super Q, T> mapper) {
        List<T> mapped = new ArrayList<>();
        long lastRead = Long.MIN_VALUE;
        try (Cursor<Q> cursor = query.fetchLazy()) {
            while (true) {
                Q row;
                try {
                    row = cursor.fetchNext();
                } catch (RuntimeException e) {
                    throw diagnose(ctx, file, table, id, where, lastRead, e);
                }
                if (row == null) {
                    return mapped;
                }
                lastRead = row.get(id);
                requireNotNulls(ctx, file, table, id, lastRead, row, fields);
                try {
                    mapped.add(mapper.apply(row));
                } catch (RuntimeException e) {
                    throw new UnreadableRowException(file, table.getName(), lastRead, null, null,
                            "cannot be read: " + reason(e), e);
                }
            }
        }
    }

    /**
     * A NULL where the column is NOT NULL is either stored so or a value the column's converter does not
     * know (jOOQ's enum converter turns an unknown text into null): the raw value tells which.
     */
    private static <R extends Record> void requireNotNulls(DSLContext ctx, Path file, Table<R> table,
            TableField<R, Long> id, long rowId, Record row, List<? extends Field<?>> fields) {
        for (Field<?> field : fields) {
            if (!field.getDataType().nullable() && row.get(field) == null) {
                String raw = ctx.select(field.coerce(String.class)).from(table).where(id.eq(rowId)).fetchOne(0, String.class);
                throw raw == null
                        ? new UnreadableRowException(file, table.getName(), rowId, field.getName(), "NULL",
                                "breaks its NOT NULL constraint", null)
                        : new UnreadableRowException(file, table.getName(), rowId, field.getName(), "'" + raw + "'",
                                "cannot be read as a " + field.getType().getSimpleName(), null);
            }
        }
    }

    /** The row after the last one read is the bad one; each of its columns is read alone to find the culprit. */
    private static <R extends Record> UnreadableRowException diagnose(DSLContext ctx, Path file, Table<R> table,
            TableField<R, Long> id, Condition where, long lastRead, RuntimeException failure) {
        Long rowId = ctx.select(id).from(table).where(where).and(id.gt(lastRead)).orderBy(id).limit(1).fetchOne(id);
        if (rowId == null) {
            return new UnreadableRowException(file, table.getName(), lastRead, null, null,
                    "the row after this one cannot be read: " + reason(failure), failure);
        }
        for (Field<?> field : table.fields()) {
            try {
                ctx.select(field).from(table).where(id.eq(rowId)).fetchOne();
            } catch (RuntimeException e) {
                String raw = ctx.select(field.coerce(String.class)).from(table).where(id.eq(rowId)).fetchOne(0, String.class);
                return new UnreadableRowException(file, table.getName(), rowId, field.getName(),
                        raw == null ? "NULL" : "'" + raw + "'", "cannot be read: " + reason(e), e);
            }
        }
        return new UnreadableRowException(file, table.getName(), rowId, null, null, "cannot be read: " + reason(failure),
                failure);
    }

    /**
     * The converter's own explanation (e.g. {@link UtcTimestamps#parse}'s), under jOOQ's "Error while
     * reading field" and any SQLException it wraps; else the innermost message.
     */
    private static String reason(Throwable e) {
        Throwable shown = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnknownEnumValueException unknown) {
                return unknown.reason();
            }
            shown = t;
            if (!(t instanceof DataAccessException) && !(t instanceof SQLException)
                    && !t.getClass().getName().startsWith("org.jooq.")) {
                break;
            }
        }
        String message = shown.getMessage();
        return message == null || message.isBlank() ? shown.getClass().getSimpleName()
                : message.strip().lines().findFirst().orElse(message);
    }
}
