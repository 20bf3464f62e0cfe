package com.zepix.db.core;

import java.nio.file.Path;
import java.sql.SQLException;
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
        RuntimeException translated = translate(ctx.sqlException());
        if (translated != null) {
            ctx.exception(translated);
        }
    }

    /**
     * What a failure on this file becomes: the binding's own error for an unknown enum text (jOOQ
     * wraps it as "Error while reading field"), a {@link DatabaseUnavailableException} for a lock,
     * a full disk, a read-only file or an I/O error; null for any other failure. Also used by
     * {@link RenderedInsert}, which runs its statement on JDBC itself.
     */
    RuntimeException translate(SQLException failure) {
        UnknownEnumValueException unknown = unknownEnumValue(failure);
        if (unknown != null) {
            return unknown;
        }
        if (!(failure instanceof SQLiteException e)) {
            return null;
        }
        // A read context's connection is read-only by design: a write through it is the caller's mistake, not the file's.
        if (!writing && (e.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_READONLY.code) {
            return null;
        }
        String cause = SqliteFailures.cause(e, file, busyTimeout);
        return cause == null ? null : new DatabaseUnavailableException(file, cause, e);
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
