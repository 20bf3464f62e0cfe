package com.zepix.db.testsupport;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.SchemaMigrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Every column of the one row of {@code table} matching {@code where} as SQLite holds it, its
     * storage class and its text ({@code name=typeof:quote}), leaving out the columns named in
     * {@code skipped}: two write paths stored the same bytes when these lists are equal.
     */
    public static List<String> storedColumns(Path db, String table, String where, String... skipped)
            throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = open(db); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE " + where)) {
            if (!rs.next()) {
                throw new AssertionError("no row of " + table + " where " + where + " in " + db);
            }
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                String name = rs.getMetaData().getColumnName(i);
                if (List.of(skipped).contains(name)) {
                    continue;
                }
                try (Statement t = c.createStatement(); ResultSet typed = t.executeQuery("SELECT typeof(\"" + name
                        + "\"), quote(\"" + name + "\") FROM " + table + " WHERE " + where)) {
                    typed.next();
                    values.add(name + "=" + typed.getString(1) + ":" + typed.getString(2));
                }
            }
        }
        return values;
    }
}
