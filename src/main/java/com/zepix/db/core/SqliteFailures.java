package com.zepix.db.core;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Names the cause of a SQLite failure that an operator can foresee and fix, with the file. */
public final class SqliteFailures {

    private SqliteFailures() {
    }

    public static ZepixDbException translate(SQLException e, Path file, String doing) {
        return new DatabaseUnavailableException(file, doing + ": " + e.getMessage(), e);
    }
}
