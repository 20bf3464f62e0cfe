package com.zepix.db.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A real connection with what it keeps between calls: its prepared statements
 * ({@link StatementCache}) and its own transaction statements. The transaction is begun and ended
 * with {@code BEGIN [IMMEDIATE]}, {@code COMMIT} and {@code ROLLBACK} prepared once, while JDBC's
 * autocommit stays on: sqlite-jdbc's {@code commit()} begins a new transaction straight away, which
 * {@code setAutoCommit(true)} then commits empty, two statements more per call for nothing.
 */
final class CachedConnection implements AutoCloseable {

    private final Connection raw;
    private final StatementCache statements;
    private final String beginSql;
    private PreparedStatement begin;
    private PreparedStatement commit;
    private PreparedStatement rollback;

    private CachedConnection(Connection raw, boolean immediate) {
        this.raw = raw;
        this.statements = new StatementCache(raw);
        this.beginSql = immediate ? "BEGIN IMMEDIATE" : "BEGIN";
    }

    /** The writer: its transactions take the write lock at BEGIN, so none fails upgrading later. */
    static CachedConnection writer(Connection raw) {
        return new CachedConnection(raw, true);
    }

    /**
     * The writer of a central on a PostgreSQL server, which has no BEGIN IMMEDIATE: there each row
     * is locked as it is written, and hosts write their own instance's rows.
     */
    static CachedConnection serverWriter(Connection raw) {
        return new CachedConnection(raw, false);
    }

    /** A reader: a deferred transaction, one snapshot for every query in it. */
    static CachedConnection reader(Connection raw) {
        return new CachedConnection(raw, false);
    }

    Connection raw() {
        return raw;
    }

    StatementCache statements() {
        return statements;
    }

    void begin() throws SQLException {
        if (begin == null) {
            begin = raw.prepareStatement(beginSql);
        }
        begin.executeUpdate();
    }

    void commit() throws SQLException {
        if (commit == null) {
            commit = raw.prepareStatement("COMMIT");
        }
        commit.executeUpdate();
    }

    /** Rolls back the open transaction; fails (harmlessly) when SQLite already ended it. */
    void rollback() throws SQLException {
        if (rollback == null) {
            rollback = raw.prepareStatement("ROLLBACK");
        }
        rollback.executeUpdate();
    }

    /** Closes the cached statements, then the connection. */
    @Override
    public void close() throws SQLException {
        statements.close();
        try (raw; PreparedStatement b = begin; PreparedStatement c = commit; PreparedStatement r = rollback) {
            // closes the transaction statements, then the connection
        }
    }
}
