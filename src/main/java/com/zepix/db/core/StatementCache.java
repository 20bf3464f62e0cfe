package com.zepix.db.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prepared statements of one real connection, kept between calls. SQLite compiles a table's
 * triggers into every INSERT on it, so preparing the same insert afresh for each durable write cost
 * more than the write itself; here a text is prepared once per connection and handed out again.
 *
 * <p>It holds idle statements only: one that is {@link #lease leased} is out of the cache until it
 * is {@link #giveBack given back}, so no two users ever share one. It knows nothing of the
 * isolation guard: {@link GuardedJdbcHandler} checks every text before it asks for it. Used by one
 * thread at a time, like its connection (the writer under its lock, a reader while it is lent out).
 */
final class StatementCache implements AutoCloseable {

    /** A plugin that inlines values makes a new text per call; the oldest idle ones are closed past this. */
    static final int MAX_IDLE = 64;

    private final Connection raw;
    private final Map<String, PreparedStatement> idle = new LinkedHashMap<>(16, 0.75f, true);
    private long prepared;

    StatementCache(Connection raw) {
        this.raw = raw;
    }

    /** The idle statement for {@code sql}, taken out of the cache, or a new one prepared on the real connection. */
    PreparedStatement lease(String sql) throws SQLException {
        PreparedStatement cached = idle.remove(sql);
        if (cached != null && !cached.isClosed()) {
            return cached;
        }
        PreparedStatement fresh = raw.prepareStatement(sql);
        prepared++;
        return fresh;
    }

    /**
     * Takes a leased statement back: reset and kept when {@code reusable} and still open, closed
     * otherwise (or when the cache already holds one for the text).
     */
    void giveBack(String sql, PreparedStatement statement, boolean reusable) {
        try {
            if (reusable && !statement.isClosed() && !idle.containsKey(sql)) {
                statement.clearParameters();
                idle.put(sql, statement);
                evictOverflow();
                return;
            }
        } catch (SQLException e) {
            // a statement that cannot be reset is not reused
        }
        closeQuietly(statement);
    }

    private void evictOverflow() {
        Iterator<PreparedStatement> oldest = idle.values().iterator();
        while (idle.size() > MAX_IDLE && oldest.hasNext()) {
            closeQuietly(oldest.next());
            oldest.remove();
        }
    }

    int idleCount() {
        return idle.size();
    }

    /** How many statements were prepared on the real connection so far (a cache hit prepares none). */
    long preparedCount() {
        return prepared;
    }

    /** Closes the idle statements; the connection closes right after. */
    @Override
    public void close() {
        List<PreparedStatement> all = new ArrayList<>(idle.values());
        idle.clear();
        all.forEach(StatementCache::closeQuietly);
    }

    private static void closeQuietly(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            // closing is best effort: SQLite finalizes whatever is left when the connection closes
        }
    }
}
