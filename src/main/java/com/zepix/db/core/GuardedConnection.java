package com.zepix.db.core;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The only connection a plugin context holds, for the length of one {@code read} or {@code write}.
 * It is a proxy over the real one: every SQL text prepared or executed through it, or through a
 * statement it made, is checked by the file's {@link StatementGuard} first; nothing it hands out
 * (statements, result sets, their metadata) leads back to the real connection; it cannot be
 * unwrapped; transaction control stays with {@link DatabaseService}; and once the call that made
 * it returns it is revoked, so a {@code DSLContext} kept past its call can no longer run anything.
 *
 * <p>Prepared statements come from the real connection's {@link StatementCache}: each text is
 * checked by the guard at every {@code prepareStatement}, as before, and only then leased; every
 * lease still open when the call returns is ended with it, so no statement outlives its context.
 */
final class GuardedConnection implements AutoCloseable {

    private final DatabaseKey key;
    private final Connection raw;
    private final StatementCache statements;
    private final StatementGuard guard;
    private final List<StatementLease> leases = new ArrayList<>();
    private final Connection proxy;
    private volatile boolean revoked;

    private GuardedConnection(DatabaseKey key, CachedConnection connection, StatementGuard guard) {
        this.key = key;
        this.raw = connection.raw();
        this.statements = connection.statements();
        this.guard = guard;
        this.proxy = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new GuardedJdbcHandler(this, raw, Connection.class));
    }

    static GuardedConnection open(DatabaseKey key, CachedConnection connection, StatementGuard guard) {
        return new GuardedConnection(key, connection, guard);
    }

    /** What the context's jOOQ configuration is given. */
    Connection connection() {
        return proxy;
    }

    DatabaseKey key() {
        return key;
    }

    void check(String sql) throws SQLException {
        requireLive();
        guard.check(key, sql, raw);
    }

    /** The cached statement for a text the guard has just passed, leased to this context. */
    StatementLease lease(String checkedSql) throws SQLException {
        requireLive();
        StatementLease lease = new StatementLease(checkedSql, statements.lease(checkedSql), statements);
        leases.add(lease);
        return lease;
    }

    /** A lease its user closed: it need not be ended again with the context. */
    void released(StatementLease lease) {
        for (int i = leases.size() - 1; i >= 0; i--) {
            if (leases.get(i) == lease) {
                leases.remove(i);
                return;
            }
        }
    }

    void requireLive() {
        if (revoked) {
            throw new IsolationViolationException("this " + key + " context was used after its read or write returned:"
                    + " a context is valid only inside the call that handed it out");
        }
    }

    boolean isRevoked() {
        return revoked;
    }

    /** Ends the context: from now on every call through it, or anything it handed out, is refused. */
    @Override
    public void close() {
        revoked = true;
        for (StatementLease lease : leases) {
            lease.release();
        }
        leases.clear();
    }
}
