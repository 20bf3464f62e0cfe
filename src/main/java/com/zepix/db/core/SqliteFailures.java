package com.zepix.db.core;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Names the cause of a SQLite failure an operator can foresee and fix, with the file: another
 * process holding the lock past the busy timeout, a full disk, a read-only file or folder, an I/O
 * error. Anything else keeps SQLite's own words, still with the file.
 */
public final class SqliteFailures {

    private SqliteFailures() {
    }

    /**
     * The failure as an exception naming {@code file} and what was being done to it when it failed.
     *
     * @param doing what was being done, e.g. "cannot commit", for the message's tail
     * @param busyTimeout how long SQLite waited for the lock, for the message
     */
    public static ZepixDbException translate(SQLException e, Path file, String doing, Duration busyTimeout) {
        String cause = cause(e, file, busyTimeout);
        if (cause != null) {
            return new DatabaseUnavailableException(file, cause, e);
        }
        return new DatabaseUnavailableException(file, doing + ": " + e.getMessage(), e);
    }

    /** The operator's words for a foreseeable failure of {@code e} on {@code file}, or null for any other. */
    public static String cause(Throwable e, Path file, Duration busyTimeout) {
        SQLiteErrorCode code = codeOf(e);
        if (code == null) {
            return null;
        }
        int primary = code.code & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return "is locked by another process for more than " + seconds(busyTimeout) + " (" + code.name()
                    + "): nothing was written; retry when that process has finished (fuser " + file + " names it)";
        }
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return "cannot be written: disk full (" + code.name() + "); nothing was written: free space on the disk"
                    + " that holds " + file.toAbsolutePath().getParent();
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code) {
            return "cannot be written: read-only (" + code.name() + "): the file, its folder or the disk does not"
                    + " allow writing (SQLite also writes " + file.getFileName() + "-wal and -shm beside it)";
        }
        if (primary == SQLiteErrorCode.SQLITE_IOERR.code) {
            return "cannot be read or written: I/O error (" + code.name() + "): the disk or file system failed";
        }
        if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return "cannot be opened (" + code.name() + "): check that it and its folder exist and are accessible,"
                    + " and that the folder can be written (SQLite creates " + file.getFileName() + "-wal and -shm beside it)";
        }
        return null;
    }

    private static SQLiteErrorCode codeOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException se) {
                return se.getResultCode();
            }
        }
        return null;
    }

    private static String seconds(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
