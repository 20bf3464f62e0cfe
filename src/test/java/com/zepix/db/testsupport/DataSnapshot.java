package com.zepix.db.testsupport;

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
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything a data folder holds, as text that two calls can compare: the names of its files, and
 * every table's schema row and rows of every SQLite file in it, read on a separate read-only
 * connection, so a test can assert that a refused attempt changed nothing at all.
 */
public final class DataSnapshot {

    private DataSnapshot() {
    }

    public static Map<String, String> of(Path dir) {
        Map<String, String> snapshot = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith("-wal") || name.endsWith("-shm")) {
                    continue; // come and go with checkpoints; their content is in the rows read below
                }
                snapshot.put("file " + name, "");
                if (name.endsWith(".db")) {
                    snapshot.putAll(tables(f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return snapshot;
    }

    private static Map<String, String> tables(Path db) {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = TestDatabases.readOnly(db); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master ORDER BY name")) {
                while (rs.next()) {
                    out.put(db.getFileName() + " schema " + rs.getString(1), String.valueOf(rs.getString(2)));
                    tables.add(rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                tables.clear();
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                StringBuilder rows = new StringBuilder();
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + t + "\" ORDER BY rowid")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            rows.append(rs.getString(i)).append('|');
                        }
                        rows.append('\n');
                    }
                }
                out.put(db.getFileName() + " rows " + t, rows.toString());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + db + ": " + e.getMessage(), e);
        }
        return out;
    }
}
