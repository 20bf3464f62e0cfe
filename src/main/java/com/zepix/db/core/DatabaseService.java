package com.zepix.db.core;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The three databases, open in this process: the host (the bot) opens it once and gives each
 * plugin its own handle, {@link #plugin(DatabaseKey)}, through which all reading and writing goes.
 * A handle's contexts can touch only its key's tables.
 *
 * <p>It opens existing, current databases only: creating and migrating them is {@code init}'s
 * job, so a missing, foreign or out-of-date file fails here, naming the file and what to run.
 *
 * <p>Set the logger {@value SqlLogging#LOGGER} to DEBUG before opening to log every statement a
 * context runs, with its bind values and time; see {@link SqlLogging}.
 */
public final class DatabaseService implements AutoCloseable {

    static {
        JooqDefaults.quiet();
    }

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseService.class);

    private final Path dataDir;
    private final Map<DatabaseFile, OpenDatabase> databases = new EnumMap<>(DatabaseFile.class);

    private DatabaseService(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Opens the three databases under {@code dataDir} with the durable default settings. */
    public static DatabaseService open(Path dataDir) {
        return open(dataDir, SqliteSettings.durable());
    }

    /**
     * Opens the three databases under {@code dataDir} with {@code settings}, e.g.
     * {@code SqliteSettings.durable().withNormalSync()} to trade power-loss safety for speed.
     */
    public static DatabaseService open(Path dataDir, SqliteSettings settings) {
        return open(dataDir, settings, EnumSet.allOf(DatabaseFile.class));
    }

    /**
     * Opens only some of the files, for work that must go on when another file is missing or
     * damaged (the sync records one plugin's failure and carries on with the others).
     */
    public static DatabaseService open(Path dataDir, SqliteSettings settings, Set<DatabaseFile> files) {
        return open(dataDir, settings, files, null);
    }

    /**
     * As {@link #open(Path, SqliteSettings, Set)}, with the central database on a PostgreSQL
     * server instead of the data folder's SQLite file (when {@code files} includes CENTRAL). The
     * same central code runs on it: its contexts render PostgreSQL.
     *
     * @param postgresCentral the server, or null for the data folder's SQLite central
     */
    public static DatabaseService open(Path dataDir, SqliteSettings settings, Set<DatabaseFile> files,
            PostgresCentral postgresCentral) {
        for (DatabaseFile file : files) {
            if (!(file == DatabaseFile.CENTRAL && postgresCentral != null)) {
                OpenDatabase.check(file, dataDir, settings);
            }
        }
        // Asked once: when SQL logging is off no listener is installed, so it costs nothing.
        boolean logSql = SqlLogging.isEnabled();
        DatabaseService service = new DatabaseService(dataDir);
        try {
            for (DatabaseFile file : files) {
                service.databases.put(file, file == DatabaseFile.CENTRAL && postgresCentral != null
                        ? OpenDatabase.openPostgres(postgresCentral, logSql)
                        : OpenDatabase.open(file, dataDir, settings, logSql));
            }
            LOG.info("opened {} under {} (synchronous={}, SQL logging {})", files, dataDir, settings.synchronous(),
                    logSql ? "on" : "off");
            return service;
        } catch (RuntimeException e) {
            service.closeQuietly(e);
            throw e;
        }
    }

    /** The folder the databases were opened from. */
    public Path dataDir() {
        return dataDir;
    }

    /**
     * The handle for the plugin (or, for {@link DatabaseKey#CENTRAL_SYSTEM}, the bot core) that owns
     * {@code key}: give each plugin its own and it cannot reach another's tables.
     *
     * @throws IllegalStateException if the key's file is not open in this service
     */
    public PluginDatabase plugin(DatabaseKey key) {
        ValueChecks.notNull("key", key);
        database(key);
        return new PluginDatabase(this, key);
    }

    /** Reads in one transaction, so several queries see one consistent snapshot. */
    <T> T read(DatabaseKey key, DatabaseWork<T> work) {
        OpenDatabase db = database(key);
        db.requireStillThere();
        CachedConnection connection;
        try {
            connection = db.readers.acquire();
        } catch (SQLException e) {
            throw db.unavailable("cannot be opened for reading", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZepixDbException("interrupted waiting for a read connection to " + db.where, e);
        }
        try {
            return inTransaction(db, key, connection, false, work);
        } finally {
            db.readers.release(connection);
        }
    }

    /** Writes in one IMMEDIATE transaction, rolled back on any exception; returns what the work returns. */
    <T> T writeAndGet(DatabaseKey key, DatabaseWork<T> work) {
        OpenDatabase db = database(key);
        db.writeLock.lock();
        try {
            db.requireStillThere();
            return inTransaction(db, key, db.writer, true, work);
        } finally {
            db.writeLock.unlock();
        }
    }

    void write(DatabaseKey key, Consumer<DSLContext> work) {
        writeAndGet(key, ctx -> {
            work.accept(ctx);
            return null;
        });
    }

    /**
     * Runs the work on a context whose only connection is a {@link GuardedConnection} over
     * {@code raw}, revoked when this returns. The transaction is begun and ended here, on the real
     * connection, where the work cannot reach it.
     */
    private static <T> T inTransaction(OpenDatabase db, DatabaseKey key, CachedConnection raw, boolean writing,
            DatabaseWork<T> work) {
        try (GuardedConnection guarded = GuardedConnection.open(key, raw, db.guard)) {
            DSLContext ctx = DSL.using(db.template(key, writing).derive(guarded.connection()));
            ConnectionTransaction transaction = ConnectionTransaction.begin(raw, db::unavailable);
            try {
                T result = work.run(ctx);
                transaction.commit();
                return result;
            } finally {
                transaction.end();
            }
        }
    }

    /** The SQL dialect the key's database speaks: SQLite, or PostgreSQL for a central on a server. */
    public SQLDialect dialect(DatabaseKey key) {
        return database(key).dialect;
    }

    /** The writer's statement cache of {@code key}'s file, for tests that watch it. */
    StatementCache writerStatements(DatabaseKey key) {
        return database(key).writer.statements();
    }

    private OpenDatabase database(DatabaseKey key) {
        OpenDatabase db = databases.get(key.file());
        if (db == null) {
            throw new IllegalStateException(key.file().fileName() + " is not open in the database service for "
                    + dataDir + " (closed, or opened without it)");
        }
        return db;
    }

    /** Closes every file; the writer of each closes last, so no {@code -wal}/{@code -shm} file is left behind. */
    @Override
    public void close() {
        ZepixDbException failure = new ZepixDbException("closing the databases under " + dataDir + " failed");
        closeQuietly(failure);
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    private void closeQuietly(Exception collector) {
        for (OpenDatabase db : databases.values()) {
            try {
                db.close();
            } catch (SQLException | RuntimeException e) {
                collector.addSuppressed(e);
            }
        }
        databases.clear();
    }
}
