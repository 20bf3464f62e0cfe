package com.zepix.db.core;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.QOM;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite's constraint errors into {@link ConstraintViolationException}s that name the table. */
final class ConstraintTranslator implements ExecuteListener {

    private static final long serialVersionUID = 1L;

    private final DatabaseKey key;

    ConstraintTranslator(DatabaseKey key) {
        this.key = key;
    }

    DatabaseKey key() {
        return key;
    }

    @Override
    public void exception(ExecuteContext ctx) {
        RuntimeException translated = translate(key, targetTable(ctx.query()), ctx.sqlException());
        if (translated != null) {
            ctx.exception(translated);
        }
    }

    /** The exception a constraint error becomes, or null if {@code e} is not one; shared with {@link JdbcBatch}. */
    static RuntimeException translate(DatabaseKey key, String table, java.sql.SQLException e) {
        if (e instanceof SQLiteException sqlite && isConstraint(sqlite.getResultCode())) {
            return new ConstraintViolationException(key, table, constraintText(sqlite), sqlite);
        }
        if (e != null && isStandardConstraint(e.getSQLState())) {
            // PostgreSQL (a central on a server): SQLSTATE class 23 is integrity constraint violation.
            return new ConstraintViolationException(key, table,
                    String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
        return null;
    }

    private static boolean isStandardConstraint(String sqlState) {
        return sqlState != null && sqlState.startsWith("23");
    }

    private static boolean isConstraint(SQLiteErrorCode code) {
        return code == SQLiteErrorCode.SQLITE_CONSTRAINT || code.name().startsWith("SQLITE_CONSTRAINT_");
    }

    /** SQLite's message is "[CODE] description (detail)"; the detail is what names the constraint. */
    private static String constraintText(SQLiteException e) {
        String message = e.getMessage();
        int open = message.indexOf('(');
        return open >= 0 && message.endsWith(")") ? message.substring(open + 1, message.length() - 1) : message;
    }

    private static String targetTable(Query query) {
        Table<?> table = null;
        if (query instanceof QOM.Insert<?> insert) {
            table = insert.$into();
        } else if (query instanceof QOM.Update<?> update) {
            table = update.$table();
        } else if (query instanceof QOM.Delete<?> delete) {
            table = delete.$from();
        }
        return table == null ? "(unknown table)" : table.getName();
    }
}
