package com.zepix.db.core;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import org.jooq.Converter;
import org.jooq.Field;
import org.jooq.SQLDialect;

/**
 * Binds one column's value to JDBC as jOOQ's binding for that column would: the converter turns
 * the Java value into the database value (an enum into its literal, a day into its text), a
 * TIMESTAMP goes through {@link UtcTimestampBinding#text}, and the database value is bound with
 * the setter jOOQ's default binding uses for its type. A column type outside that list is refused
 * when the statement is prepared, never guessed.
 */
@FunctionalInterface
interface JdbcBinder {

    void bind(PreparedStatement statement, int index, Object value) throws SQLException;

    static JdbcBinder of(Field<?> field) {
        return of(field, SQLDialect.SQLITE);
    }

    /**
     * @param dialect the database's: on PostgreSQL (a central on a server) a TIMESTAMP column is
     *     native and gets the value itself, as {@link UtcTimestampBinding} binds it there
     */
    @SuppressWarnings("unchecked")
    static JdbcBinder of(Field<?> field, SQLDialect dialect) {
        if (field.getBinding() instanceof UtcTimestampBinding && dialect == SQLDialect.POSTGRES) {
            return (s, i, v) -> {
                if (v == null) {
                    s.setNull(i, Types.TIMESTAMP);
                } else {
                    s.setObject(i, UtcTimestampBinding.stored((LocalDateTime) field.getType().cast(v)));
                }
            };
        }
        if (field.getBinding() instanceof UtcTimestampBinding) {
            return (s, i, v) -> {
                if (v == null) {
                    s.setNull(i, Types.VARCHAR);
                } else {
                    s.setString(i, UtcTimestampBinding.text((LocalDateTime) field.getType().cast(v)));
                }
            };
        }
        Converter<Object, Object> converter = (Converter<Object, Object>) field.getConverter();
        JdbcBinder raw = forDatabaseType(field, converter.fromType());
        if (converter.fromType() == converter.toType()) {
            return (s, i, v) -> raw.bind(s, i, v == null ? null : field.getType().cast(v));
        }
        return (s, i, v) -> raw.bind(s, i, converter.to(v == null ? null : field.getType().cast(v)));
    }

    private static JdbcBinder forDatabaseType(Field<?> field, Class<?> type) {
        if (type == String.class) {
            return (s, i, v) -> {
                if (v == null) {
                    s.setNull(i, Types.VARCHAR);
                } else {
                    s.setString(i, (String) v);
                }
            };
        }
        if (type == Long.class) {
            return (s, i, v) -> {
                if (v == null) {
                    s.setNull(i, Types.BIGINT);
                } else {
                    s.setLong(i, (Long) v);
                }
            };
        }
        if (type == Integer.class) {
            return (s, i, v) -> {
                if (v == null) {
                    s.setNull(i, Types.INTEGER);
                } else {
                    s.setInt(i, (Integer) v);
                }
            };
        }
        if (type == Double.class) {
            return (s, i, v) -> {
                if (v == null) {
                    s.setNull(i, Types.DOUBLE);
                } else {
                    s.setDouble(i, (Double) v);
                }
            };
        }
        if (type == Boolean.class) {
            return (s, i, v) -> {
                if (v == null) {
                    s.setNull(i, Types.BOOLEAN);
                } else {
                    s.setBoolean(i, (Boolean) v);
                }
            };
        }
        throw new IllegalArgumentException("column " + field.getName() + " has type " + type.getName()
                + ", which JdbcBatch does not bind: write it through jOOQ");
    }
}
