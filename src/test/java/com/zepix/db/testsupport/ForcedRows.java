package com.zepix.db.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Rows that another writer forced past the constraints, as a tool or a careless script can: with
 * {@code ignore_check_constraints} and foreign keys off, or for NOT NULL by editing the schema text
 * around the insert. The file's schema is left exactly as it was.
 */
public final class ForcedRows {

    private ForcedRows() {
    }

    /** Runs {@code sql} with CHECKs and foreign keys not enforced; returns the last rowid inserted. */
    public static long withoutChecks(Path db, String sql) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(false);
        try (Connection c = open(db, config); Statement st = c.createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = ON");
            st.executeUpdate(sql);
            try (ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code sql} while {@code table}'s CREATE text has {@code notNullColumnDefinition} without its
     * {@code NOT NULL}, then puts the text back; returns the last rowid inserted.
     */
    public static long withoutNotNull(Path db, String table, String notNullColumnDefinition, String sql) {
        String relaxed = notNullColumnDefinition.replace(" NOT NULL", "");
        long rowid;
        editSchema(db, table, notNullColumnDefinition, relaxed);
        try {
            rowid = withoutChecks(db, sql);
        } finally {
            editSchema(db, table, relaxed, notNullColumnDefinition);
        }
        return rowid;
    }

    private static void editSchema(Path db, String table, String from, String to) {
        try (Connection c = open(db, new SQLiteConfig()); Statement st = c.createStatement()) {
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA schema_version")) {
                rs.next();
                version = rs.getInt(1);
            }
            st.execute("PRAGMA writable_schema = ON");
            int changed = st.executeUpdate("UPDATE sqlite_master SET sql = replace(sql, '" + from.replace("'", "''")
                    + "', '" + to.replace("'", "''") + "') WHERE type = 'table' AND name = '" + table + "'");
            if (changed != 1) {
                throw new IllegalStateException("no table " + table + " to edit");
            }
            st.execute("PRAGMA schema_version = " + (version + 1));
            st.execute("PRAGMA writable_schema = OFF");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection open(Path db, SQLiteConfig config) throws SQLException {
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + db);
        return ds.getConnection();
    }
}
