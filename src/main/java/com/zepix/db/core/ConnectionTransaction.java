package com.zepix.db.core;

import java.sql.SQLException;
import java.util.function.BiFunction;

/**
 * One transaction on a real connection, begun and ended by {@link DatabaseService} (never by the
 * work inside it): BEGIN (IMMEDIATE on the writer), then COMMIT, or ROLLBACK when the work or the
 * commit fails. The statements are the connection's own, prepared once ({@link CachedConnection}).
 */
final class ConnectionTransaction {

    /** What a failure becomes, naming the database: the file's translated SQLite failure, or the server's. */
    private final BiFunction<String, SQLException, ZepixDbException> failure;
    private final CachedConnection connection;
    private boolean committed;

    private ConnectionTransaction(CachedConnection connection, BiFunction<String, SQLException, ZepixDbException> failure) {
        this.connection = connection;
        this.failure = failure;
    }

    static ConnectionTransaction begin(CachedConnection connection,
            BiFunction<String, SQLException, ZepixDbException> failure) {
        try {
            connection.begin();
        } catch (SQLException e) {
            throw failure.apply("cannot begin a transaction", e);
        }
        return new ConnectionTransaction(connection, failure);
    }

    void commit() {
        try {
            connection.commit();
            committed = true;
        } catch (SQLException e) {
            throw failure.apply("cannot commit", e);
        }
    }

    /** Rolls back unless committed. */
    void end() {
        if (committed) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The work's own failure is what the caller needs to see; SQLite has rolled back
            // already when a statement failed with BUSY or FULL, and then ROLLBACK finds no
            // transaction. A connection left inside one fails the next BEGIN, naming the file.
        }
    }
}
