package com.zepix.db.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BiFunction;

/**
 * One transaction on a real connection, begun and ended by {@link DatabaseService} (never by the
 * work inside it): BEGIN (IMMEDIATE on the writer, as its settings say), then COMMIT, or ROLLBACK
 * when the work or the commit fails, and the connection back in autocommit for the next call.
 */
final class ConnectionTransaction {

    /** What a failure becomes, naming the database: the file's translated SQLite failure, or the server's. */
    private final BiFunction<String, SQLException, ZepixDbException> failure;
    private final Connection connection;
    private boolean committed;

    private ConnectionTransaction(Connection connection, BiFunction<String, SQLException, ZepixDbException> failure) {
        this.connection = connection;
        this.failure = failure;
    }

    static ConnectionTransaction begin(Connection connection, BiFunction<String, SQLException, ZepixDbException> failure) {
        try {
            connection.setAutoCommit(false);
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
