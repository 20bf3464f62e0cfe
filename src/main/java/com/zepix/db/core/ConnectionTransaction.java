package com.zepix.db.core;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

/**
 * One transaction on a real connection, begun and ended by {@link DatabaseService} (never by the
 * work inside it): BEGIN (IMMEDIATE on the writer), then COMMIT, or ROLLBACK when the work or the
 * commit fails. The statements are the connection's own, prepared once ({@link CachedConnection}).
 */
final class ConnectionTransaction {

    private final CachedConnection connection;
    private final Path file;
    private final Duration busyTimeout;
    private boolean committed;

    private ConnectionTransaction(CachedConnection connection, Path file, Duration busyTimeout) {
        this.connection = connection;
        this.file = file;
        this.busyTimeout = busyTimeout;
    }

    static ConnectionTransaction begin(CachedConnection connection, Path file, Duration busyTimeout) {
        try {
            connection.begin();
        } catch (SQLException e) {
            throw SqliteFailures.translate(e, file, "cannot begin a transaction", busyTimeout);
        }
        return new ConnectionTransaction(connection, file, busyTimeout);
    }

    void commit() {
        try {
            connection.commit();
            committed = true;
        } catch (SQLException e) {
            throw SqliteFailures.translate(e, file, "cannot commit", busyTimeout);
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
