package com.zepix.db.core;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The plugins' way into their databases: {@code db.read(key, ctx -> ...)} and
 * {@code db.write(key, ctx -> ...)}. Each call is one transaction on a context that can touch
 * only the key's own tables. Writes to one file are serialised in this process and begin
 * IMMEDIATE; reads run alongside them on read-only connections.
 *
 * <p>It opens existing, current databases only: creating and migrating them is {@code init}'s
 * job, so a missing, foreign or out-of-date file fails here, naming the file and what to run.
 */
public final class DatabaseService implements AutoCloseable {

    static {
        JooqDefaults.quiet();
    }

    private final Path dataDir;
    private final Map<DatabaseFile, OpenDatabase> databases = new EnumMap<>(DatabaseFile.class);

    private DatabaseService(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Opens the three databases under {@code dataDir} with the durable default settings. */
    public static DatabaseService open(Path dataDir) {
        return open(dataDir, SqliteSettings.durable());
    }

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
        DatabaseService service = new DatabaseService(dataDir);
        try {
            for (DatabaseFile file : files) {
                service.databases.put(file, file == DatabaseFile.CENTRAL && postgresCentral != null
                        ? OpenDatabase.openPostgres(postgresCentral)
                        : OpenDatabase.open(file, dataDir, settings));
            }
            return service;
        } catch (RuntimeException e) {
            service.closeQuietly(e);
            throw e;
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Reads in one transaction, so several queries see one consistent snapshot. */
    public <T> T read(DatabaseKey key, DatabaseWork<T> work) {
        OpenDatabase db = database(key);
        db.requireStillThere();
        Connection connection;
        try {
            connection = db.readers.acquire();
        } catch (SQLException e) {
            throw db.unavailable("cannot be opened for reading", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZepixDbException("interrupted waiting for a read connection to " + db.where, e);
        }
        try {
            return inTransaction(db, key, connection, work);
        } finally {
            db.readers.release(connection);
        }
    }

    /** Writes in one IMMEDIATE transaction, rolled back on any exception; returns what the work returns. */
    public <T> T writeAndGet(DatabaseKey key, DatabaseWork<T> work) {
        OpenDatabase db = database(key);
        db.writeLock.lock();
        try {
            db.requireStillThere();
            return inTransaction(db, key, db.writer, work);
        } finally {
            db.writeLock.unlock();
        }
    }

    public void write(DatabaseKey key, Consumer<DSLContext> work) {
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
    private static <T> T inTransaction(OpenDatabase db, DatabaseKey key, Connection raw, DatabaseWork<T> work) {
        try (GuardedConnection guarded = GuardedConnection.open(key, raw, db.guard)) {
            DSLContext ctx = DSL.using(db.template(key).derive(guarded.connection()));
            ConnectionTransaction transaction = ConnectionTransaction.begin(raw, db.path);
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

    private OpenDatabase database(DatabaseKey key) {
        OpenDatabase db = databases.get(key.file());
        if (db == null) {
            throw new IllegalStateException(key.file().fileName() + " is not open in the database service for "
                    + dataDir + " (closed, or opened without it)");
        }
        return db;
    }

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
