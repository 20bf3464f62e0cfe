package com.zepix.db.core;

import java.nio.file.Path;
import java.time.Duration;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns a statement's lock, disk-full, read-only and I/O failures into one
 * {@link DatabaseUnavailableException} naming the file and the cause, instead of jOOQ's wrapping.
 */
final class SqliteFailureTranslator implements ExecuteListener {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final Duration busyTimeout;
    private final boolean writing;

    SqliteFailureTranslator(Path file, Duration busyTimeout, boolean writing) {
        this.file = file;
        this.busyTimeout = busyTimeout;
        this.writing = writing;
    }

    @Override
    public void exception(ExecuteContext ctx) {
        UnknownEnumValueException unknown = unknownEnumValue(ctx.sqlException());
        if (unknown != null) {
            // jOOQ wraps a binding's failure as "Error while reading field"; the binding's own message names the row.
            ctx.exception(unknown);
            return;
        }
        if (!(ctx.sqlException() instanceof SQLiteException e)) {
            return;
        }
        // A read context's connection is read-only by design: a write through it is the caller's mistake, not the file's.
        if (!writing && (e.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_READONLY.code) {
            return;
        }
        String cause = SqliteFailures.cause(e, file, busyTimeout);
        if (cause != null) {
            ctx.exception(new DatabaseUnavailableException(file, cause, e));
        }
    }

    private static UnknownEnumValueException unknownEnumValue(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnknownEnumValueException unknown) {
                return unknown;
            }
        }
        return null;
    }
}
