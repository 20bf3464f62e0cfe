package com.zepix.db.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Opens existing SQLite files with the project's settings, after checking they are SQLite at all. */
public final class SqliteConnections {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SqliteConnections() {
    }

    /**
     * A read-write connection to an existing SQLite file, WAL and IMMEDIATE transactions.
     *
     * @throws DatabaseUnavailableException if the file is missing or not SQLite
     */
    public static Connection openForWriting(Path file, SqliteSettings settings) throws SQLException {
        requireSqliteFile(file);
        return dataSource(file, settings.forWriting()).getConnection();
    }

    /**
     * A read-only connection to an existing SQLite file.
     *
     * @throws DatabaseUnavailableException if the file is missing or not SQLite
     */
    public static Connection openForReading(Path file, SqliteSettings settings) throws SQLException {
        requireSqliteFile(file);
        return dataSource(file, settings.forReading()).getConnection();
    }

    /** A data source for {@code file} with {@code config}; it checks nothing until a connection is opened. */
    public static SQLiteDataSource dataSource(Path file, SQLiteConfig config) {
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }

    /**
     * Fails with a message naming the file when it is missing, unreadable or not a SQLite
     * database; SQLite itself would say only "file is not a database", and only on first use.
     */
    public static void requireSqliteFile(Path file) {
        if (!Files.exists(file)) {
            throw new DatabaseUnavailableException(file, "does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new DatabaseUnavailableException(file, "is not a regular file");
        }
        if (!isSqliteFile(file)) {
            throw new DatabaseUnavailableException(file, "is not a SQLite database (wrong file header)");
        }
    }

    /**
     * True for a file with SQLite's header, and for an empty file, which SQLite itself treats as
     * a new database (what a process killed right after creating the file leaves behind).
     */
    public static boolean isSqliteFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) == 0) {
                return true;
            }
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            throw new DatabaseUnavailableException(file, "cannot be read: " + e.getMessage());
        }
    }
}
