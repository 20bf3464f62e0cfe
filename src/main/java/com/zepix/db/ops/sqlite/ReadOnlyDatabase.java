package com.zepix.db.ops.sqlite;

import com.zepix.db.core.DatabaseUnavailableException;
import com.zepix.db.core.SqliteConnections;
import com.zepix.db.core.SqliteSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.sqlite.SQLiteDataSource;

/**
 * Opens a database for reading without leaving anything behind in its folder.
 *
 * <p>A read-only SQLite connection to a WAL database creates the {@code -wal} and {@code -shm}
 * files when they are missing and, being read-only, cannot remove them when it closes
 * (ReadOnlyDatabaseTest shows both). So:
 * <ul>
 * <li>A WAL database with neither file present is opened {@code immutable}. No connection has it
 *     open then: every WAL connection creates them when it opens (the {@code -wal} even in
 *     exclusive locking mode) and the last one removes them when it closes. The connection is
 *     read-only, so if a writer does start meanwhile, the worst outcome is a stale or inconsistent
 *     read, never a change to the file.
 * <li>A WAL database with both present is live: it is opened read-only as usual, which uses the
 *     existing files and adds none (a reader records its read mark in the shared {@code -shm},
 *     as every reader of a live database does).
 * <li>Both present but no process has the database open ({@link ShmLocks}): a writer ended
 *     without closing it, and its {@code -wal} may hold committed transactions not yet in the main
 *     file. The first ordinary connection would rebuild the {@code -shm} (SQLite truncates and
 *     rewrites it), so it is opened with {@code readonly_shm=1}: SQLite then reads the committed
 *     frames of the {@code -wal} into private memory and writes none of the three files
 *     (ReadOnlyDatabaseTest and VerifyAfterCrashTest compare their bytes).
 * <li>Exactly one of them present: it cannot be read without creating the other, so it is refused.
 * <li>A rollback-journal database (the legacy file) is opened read-only as usual: that leaves
 *     nothing behind and takes the locks that keep a concurrent writer out of our way.
 * </ul>
 */
public final class ReadOnlyDatabase {

    private static final int HEADER_WRITE_VERSION_OFFSET = 18;
    private static final int WAL_FORMAT = 2;

    private ReadOnlyDatabase() {
    }

    public static Connection open(Path file) throws SQLException {
        return dataSource(file).getConnection();
    }

    /** One decision for all connections of the source, so Flyway's connections see what ours see. */
    public static SQLiteDataSource dataSource(Path file) {
        SqliteConnections.requireSqliteFile(file);
        unreadableReason(file).ifPresent(reason -> {
            throw new DatabaseUnavailableException(file, reason);
        });
        boolean immutable = isWalMode(file) && !Files.exists(sibling(file, "-wal"));
        String parameters = immutable ? "?immutable=1" : leftOpenByEndedProcess(file) ? "?readonly_shm=1" : "";
        SQLiteDataSource ds = new SQLiteDataSource(SqliteSettings.durable().forReading());
        ds.setUrl("jdbc:sqlite:file:" + uriPath(file) + parameters);
        return ds;
    }

    /**
     * A WAL database whose {@code -wal} and {@code -shm} are there while no process has it open: the
     * last writer ended without closing it (killed, crashed, power cut). False when that cannot be
     * told ({@link ShmLocks}).
     */
    public static boolean leftOpenByEndedProcess(Path file) {
        Path shm = sibling(file, "-shm");
        return isWalMode(file) && Files.exists(sibling(file, "-wal")) && Files.exists(shm)
                && ShmLocks.isOpenByAnyProcess(shm).map(open -> !open).orElse(false);
    }

    /** Why a SQLite file cannot be read without writing, if it cannot. */
    public static Optional<String> unreadableReason(Path file) {
        if (!isWalMode(file)) {
            return Optional.empty();
        }
        boolean wal = Files.exists(sibling(file, "-wal"));
        boolean shm = Files.exists(sibling(file, "-shm"));
        if (wal == shm) {
            return Optional.empty();
        }
        return Optional.of("was not closed cleanly (its " + (wal ? "-wal" : "-shm") + " file is there without the "
                + (wal ? "-shm" : "-wal") + "); it cannot be read without writing: run init or start the bot once");
    }

    /** The file header's write version: 2 means WAL, 1 the rollback journal. Reading it takes no lock. */
    public static boolean isWalMode(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(HEADER_WRITE_VERSION_OFFSET + 2);
            return header.length == HEADER_WRITE_VERSION_OFFSET + 2
                    && header[HEADER_WRITE_VERSION_OFFSET] == WAL_FORMAT
                    && header[HEADER_WRITE_VERSION_OFFSET + 1] == WAL_FORMAT;
        } catch (IOException e) {
            throw new DatabaseUnavailableException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    public static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** In a URI filename '?' and '#' end the path and '%' escapes: a folder named so must still work. */
    private static String uriPath(Path file) {
        return file.toAbsolutePath().toString().replace("%", "%25").replace("?", "%3f").replace("#", "%23");
    }
}
