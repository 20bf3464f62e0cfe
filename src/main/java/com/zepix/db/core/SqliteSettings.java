package com.zepix.db.core;

import java.time.Duration;
import org.sqlite.SQLiteConfig;

/**
 * The pragmas every connection of this project gets, set through {@link SQLiteConfig} so that no
 * connection can be opened without them.
 *
 * @param synchronous {@code FULL} (default: an acknowledged write survives power loss) or
 *     {@code NORMAL} (explicit opt-in: faster, may lose the last commits on power loss)
 * @param busyTimeout how long a connection waits for another process's lock before SQLITE_BUSY
 */
public record SqliteSettings(SQLiteConfig.SynchronousMode synchronous, Duration busyTimeout) {

    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(10);

    public SqliteSettings {
        if (synchronous != SQLiteConfig.SynchronousMode.FULL && synchronous != SQLiteConfig.SynchronousMode.NORMAL) {
            throw new IllegalArgumentException("synchronous must be FULL or NORMAL, not " + synchronous);
        }
        if (busyTimeout.isNegative() || busyTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("busyTimeout out of range: " + busyTimeout);
        }
    }

    /** How an operator (or a test) sets another busy timeout, in milliseconds, for every command. */
    public static final String BUSY_TIMEOUT_PROPERTY = "zepix.busyTimeoutMillis";

    /** The default: {@code synchronous=FULL}, and a 10 s busy timeout unless {@value #BUSY_TIMEOUT_PROPERTY} sets another. */
    public static SqliteSettings durable() {
        return new SqliteSettings(SQLiteConfig.SynchronousMode.FULL, configuredBusyTimeout());
    }

    private static Duration configuredBusyTimeout() {
        String value = System.getProperty(BUSY_TIMEOUT_PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_BUSY_TIMEOUT;
        }
        try {
            return Duration.ofMillis(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + BUSY_TIMEOUT_PROPERTY + " must be a number of milliseconds, not '"
                    + value + "'");
        }
    }

    /** Explicit opt-in to {@code synchronous=NORMAL}: still consistent after a crash, not after power loss. */
    public SqliteSettings withNormalSync() {
        return new SqliteSettings(SQLiteConfig.SynchronousMode.NORMAL, busyTimeout);
    }

    /**
     * For the connection that writes. Transactions begin IMMEDIATE: a deferred transaction that
     * later upgrades to a write is the classic source of SQLITE_BUSY that no timeout can cure.
     */
    public SQLiteConfig forWriting() {
        SQLiteConfig config = common();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // sqlite-jdbc would run SELECT last_insert_rowid() after every update to serve JDBC's
        // getGeneratedKeys, which nothing here uses: ids come back through RETURNING.
        config.setGetGeneratedKeys(false);
        return config;
    }

    /** For connections that only read; SQLite itself refuses any write through them. */
    public SQLiteConfig forReading() {
        SQLiteConfig config = common();
        config.setReadOnly(true);
        return config;
    }

    private SQLiteConfig common() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout((int) busyTimeout.toMillis());
        config.setSynchronous(synchronous);
        // Never create a database by accident: opening a missing file is an error, not an empty DB.
        config.resetOpenMode(org.sqlite.SQLiteOpenMode.CREATE);
        return config;
    }
}
