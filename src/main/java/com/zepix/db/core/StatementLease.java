package com.zepix.db.core;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One use of a cached prepared statement by one context, from {@code prepareStatement} to
 * {@code close}, or to the end of the context's call, whichever comes first. After that the
 * statement belongs to the cache again (and maybe to the next call), so everything handed out for
 * it during the lease, the statement and its result sets, is dead for good: {@link GuardedJdbcHandler}
 * asks {@link #isReleased()} before every call on them.
 */
final class StatementLease {

    private final String sql;
    private final PreparedStatement statement;
    private final StatementCache cache;
    private final List<ResultSet> results = new ArrayList<>(1);
    private boolean reusable = true;
    private boolean released;

    StatementLease(String sql, PreparedStatement statement, StatementCache cache) {
        this.sql = sql;
        this.statement = statement;
        this.cache = cache;
    }

    PreparedStatement statement() {
        return statement;
    }

    boolean isReleased() {
        return released;
    }

    /**
     * The user changed the statement's own state (a row limit, a timeout, a batch...), which
     * would carry over to its next user: it is closed at release instead of cached.
     */
    void spoil() {
        reusable = false;
    }

    /** A result set of this statement, closed at release if its user did not close it. */
    void track(ResultSet result) {
        for (ResultSet r : results) {
            if (r == result) {
                return;
            }
        }
        results.add(result);
    }

    /** Ends the lease (again is a no-op): open result sets closed, the statement back to the cache. */
    void release() {
        if (released) {
            return;
        }
        released = true;
        for (ResultSet r : results) {
            try {
                r.close();
            } catch (SQLException e) {
                reusable = false;
            }
        }
        results.clear();
        cache.giveBack(sql, statement, reusable);
    }
}
