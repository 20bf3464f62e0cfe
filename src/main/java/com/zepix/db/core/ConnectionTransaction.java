package com.zepix.db.core;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One transaction on a real connection, begun and ended by {@link DatabaseService} (never by the
 * work inside it): BEGIN (IMMEDIATE on the writer, as its settings say), then COMMIT, or ROLLBACK
 * when the work or the commit fails, and the connection back in autocommit for the next call.
 */
final class ConnectionTransaction {

    private final Connection connection;
    private final Path file;
    private boolean committed;

    private ConnectionTransaction(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    static ConnectionTransaction begin(Connection connection, Path file) {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw SqliteFailures.translate(e, file, "cannot begin a transaction");
        }
        return new ConnectionTransaction(connection, file);
    }

    void commit() {
        try {
            connection.commit();
            committed = true;
        } catch (SQLException e) {
            throw SqliteFailures.translate(e, file, "cannot commit");
        }
    }

    /** Rolls back unless committed, and returns the connection to autocommit. */
    void end() {
        try {
            if (!committed) {
                connection.rollback();
            }
        } catch (SQLException e) {
            // The work's own failure is what the caller needs to see; SQLite has rolled back
            // already when a statement failed with BUSY or FULL.
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // a connection that cannot leave its transaction fails the next begin, naming the file
            }
        }
    }
}
