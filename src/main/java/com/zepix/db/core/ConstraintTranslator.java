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

    @Override
    public void exception(ExecuteContext ctx) {
        if (ctx.sqlException() instanceof SQLiteException e && isConstraint(e.getResultCode())) {
            ctx.exception(new ConstraintViolationException(key, targetTable(ctx.query()), constraintText(e), e));
        } else if (ctx.sqlException() != null && isStandardConstraint(ctx.sqlException().getSQLState())) {
            // PostgreSQL (a central on a server): SQLSTATE class 23 is integrity constraint violation.
            ctx.exception(new ConstraintViolationException(key, targetTable(ctx.query()),
                    String.valueOf(ctx.sqlException().getMessage()).lines().findFirst().orElse(""), ctx.sqlException()));
        }
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
