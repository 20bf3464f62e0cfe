package com.zepix.db.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A few read-only connections to one database, opened on demand. WAL lets them read while the
 * file's single writer writes; the bound keeps a burst of readers from opening unbounded handles.
 */
final class ReadConnectionPool implements AutoCloseable {

    /** Opens one more read-only connection. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    private final Opener opener;
    private final BlockingQueue<CachedConnection> idle;
    private final List<CachedConnection> all = new ArrayList<>();
    private final int capacity;

    ReadConnectionPool(Opener opener, int capacity) {
        this.opener = opener;
        this.capacity = capacity;
        this.idle = new ArrayBlockingQueue<>(capacity);
    }

    CachedConnection acquire() throws SQLException, InterruptedException {
        CachedConnection connection = idle.poll();
        if (connection != null) {
            return connection;
        }
        synchronized (all) {
            if (all.size() < capacity) {
                CachedConnection opened = CachedConnection.reader(opener.open());
                all.add(opened);
                return opened;
            }
        }
        return idle.take();
    }

    void release(CachedConnection connection) {
        idle.offer(connection);
    }

    @Override
    public void close() throws SQLException {
        synchronized (all) {
            SQLException first = null;
            for (CachedConnection c : all) {
                try {
                    c.close();
                } catch (SQLException e) {
                    first = first == null ? e : first;
                }
            }
            all.clear();
            if (first != null) {
                throw first;
            }
        }
    }
}
