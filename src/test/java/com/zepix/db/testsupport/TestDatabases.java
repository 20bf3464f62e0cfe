package com.zepix.db.testsupport;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.SchemaMigrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Real SQLite files made by the real (packaged) migrations, for tests. */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** Migrates {@code file}'s database from scratch into {@code dir} and returns its path. */
    public static Path migrate(DatabaseFile file, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path db = file.in(dir);
        SchemaMigrations.flyway(file, dataSource(db)).migrate();
        return db;
    }

    /** A data directory holding all three databases, current and ready for {@code DatabaseService.open}. */
    public static Path dataDir(Path dir) {
        for (DatabaseFile file : DatabaseFile.values()) {
            migrate(file, dir);
        }
        return dir;
    }

    public static SQLiteDataSource dataSource(Path db) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + db);
        return ds;
    }

    /** A connection with foreign keys enforced, as production connections have them. */
    public static Connection open(Path db) throws SQLException {
        return dataSource(db).getConnection();
    }

    /** A read-only connection that never creates the file. */
    public static Connection readOnly(Path db) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.resetOpenMode(org.sqlite.SQLiteOpenMode.CREATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + db);
        return ds.getConnection();
    }

    public static DSLContext dsl(Connection connection) {
        return DSL.using(connection, SQLDialect.SQLITE);
    }
}
