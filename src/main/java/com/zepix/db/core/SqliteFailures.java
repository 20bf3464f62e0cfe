package com.zepix.db.core;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Names the cause of a SQLite failure that an operator can foresee and fix, with the file. */
public final class SqliteFailures {

    private SqliteFailures() {
    }

    /**
     * The failure as an exception naming {@code file} and what was being done to it when it failed.
     *
     * @param doing what failed, as the message says it after the file, e.g. "cannot commit"
     */
    public static ZepixDbException translate(SQLException e, Path file, String doing) {
        return new DatabaseUnavailableException(file, doing + ": " + e.getMessage(), e);
    }
}
