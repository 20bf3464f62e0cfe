package com.zepix.db.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.jooq.Configuration;
import org.jooq.SQLDialect;

/**
 * One open database file: its single writing connection behind a lock (the four V6 plugins share
 * the file, so their writes queue here rather than fight over SQLite's lock), and its readers.
 * The central database may instead be on a PostgreSQL server: the same shape, other connections.
 */
final class OpenDatabase implements AutoCloseable {

    private static final int READERS_PER_FILE = 4;

    final DatabaseFile file;
    /** The SQLite file, or null for a PostgreSQL central. */
    final Path path;
    /** Where the database is, for messages: the file, or the server and database (never credentials). */
    final String where;
    final SQLDialect dialect;
    final CachedConnection writer;
    final ReentrantLock writeLock = new ReentrantLock(true);
    final ReadConnectionPool readers;
    /** Checks what every plugin context sends to this file; its cache serves the writer and the readers. */
    final StatementGuard guard;
    /** Each key's jOOQ configuration without a connection, built once: a call only adds its guarded connection. */
    private final Map<DatabaseKey, Configuration> writeTemplates = new EnumMap<>(DatabaseKey.class);
    private final Map<DatabaseKey, Configuration> readTemplates = new EnumMap<>(DatabaseKey.class);
    final SqliteSettings settings;

    private OpenDatabase(DatabaseFile file, Path path, String where, SQLDialect dialect, CachedConnection writer,
            ReadConnectionPool readers, SqliteSettings settings, boolean logSql) {
        this.file = file;
        this.path = path;
        this.where = where;
        this.dialect = dialect;
        this.writer = writer;
        this.readers = readers;
        this.settings = settings;
        this.guard = dialect == SQLDialect.POSTGRES ? StatementGuard.serverCentral() : new StatementGuard();
        for (DatabaseKey key : DatabaseKey.values()) {
            if (key.file() == file) {
                writeTemplates.put(key, ContextConfiguration.template(key, dialect, path, settings, true, logSql));
                readTemplates.put(key, ContextConfiguration.template(key, dialect, path, settings, false, logSql));
            }
        }
    }

    /** Read-only checks, run for all three files before any is opened for writing. */
    static void check(DatabaseFile file, Path dataDir, SqliteSettings settings) {
        Path path = file.in(dataDir);
        SqliteConnections.requireSqliteFile(path);
        SchemaVersionCheck.requireCurrent(file, path, settings);
    }

    /**
     * Opening for writing switches the file to WAL, a change: only after every file passed {@link #check}.
     *
     * @param logSql whether the contexts log their SQL (see {@link SqlLogging})
     */
    static OpenDatabase open(DatabaseFile file, Path dataDir, SqliteSettings settings, boolean logSql) {
        Path path = file.in(dataDir);
        try {
            Connection writer = SqliteConnections.openForWriting(path, settings);
            joinWal(writer);
            return new OpenDatabase(file, path, path.toString(), SQLDialect.SQLITE, CachedConnection.writer(writer),
                    new ReadConnectionPool(() -> SqliteConnections.openForReading(path, settings), READERS_PER_FILE),
                    settings, logSql);
        } catch (SQLException e) {
            throw SqliteFailures.translate(e, path, "cannot be opened for writing", settings.busyTimeout());
        }
    }

    /** The central database on a PostgreSQL server, after checking its schema is this version's. */
    static OpenDatabase openPostgres(PostgresCentral central, boolean logSql) {
        SchemaVersionCheck.requireCurrent(central);
        try {
            Connection writer = central.connect();
            // SQLite's settings do not apply to a server; kept so that every open database has some.
            return new OpenDatabase(DatabaseFile.CENTRAL, null, central.describe(), SQLDialect.POSTGRES,
                    CachedConnection.serverWriter(writer),
                    new ReadConnectionPool(() -> readOnly(central.connect()), READERS_PER_FILE),
                    SqliteSettings.durable(), logSql);
        } catch (SQLException e) {
            throw new ZepixDbException(central.describe() + " cannot be opened: " + central.safeMessage(e), e);
        }
    }

    private static Connection readOnly(Connection connection) throws SQLException {
        connection.setReadOnly(true);
        return connection;
    }

    Configuration template(DatabaseKey key, boolean writing) {
        return (writing ? writeTemplates : readTemplates).get(key);
    }

    /**
     * SQLite keeps writing to a file that was deleted or whose folder went away (the open handle
     * outlives the name), and those writes are lost on close. Checking the name first turns that
     * silent loss into an error before anything is written. A server has no such file.
     */
    void requireStillThere() {
        if (path != null && !Files.exists(path)) {
            throw new DatabaseUnavailableException(path, "has disappeared while open (deleted, or its folder was"
                    + " removed or unmounted); nothing was written: restore it and restart");
        }
    }

    ZepixDbException unavailable(String problem, SQLException e) {
        if (path != null) {
            return SqliteFailures.translate(e, path, problem, settings.busyTimeout());
        }
        return new ZepixDbException(where + " " + problem + ": " + String.valueOf(e.getMessage()).lines().findFirst()
                .orElse(""), e);
    }

    /**
     * SQLite opens the WAL lazily, on a connection's first read. The writer reads once now, so
     * that it, closing last, is the connection that checkpoints and removes -wal and -shm even
     * when this process only ever read the file.
     */
    private static void joinWal(Connection writer) throws SQLException {
        try (Statement st = writer.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
            rs.next();
        } catch (SQLException e) {
            writer.close();
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        writeLock.lock();
        // try-with-resources closes in reverse order: the writer last. Only a read-write
        // connection can checkpoint the WAL and delete -wal/-shm, and SQLite does that when the
        // last connection to the file closes.
        try (writer; readers) {
            // nothing else to do
        } finally {
            writeLock.unlock();
        }
    }
}
