package com.zepix.db.ops.sqlite;

import com.zepix.db.core.SchemaMigrations;
import com.zepix.db.ops.checks.RowConstraintCheck;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** SQLite's own checks and catalogue queries, with results as plain text lines. */
public final class SqliteChecks {

    private SqliteChecks() {
    }

    /**
     * Damage {@code PRAGMA integrity_check} reports, one per line; empty when it says "ok". Its row-level
     * findings (a NULL in a NOT NULL column, a failed CHECK) are left out: {@link RowConstraintCheck}
     * finds those on every connection and names the row, and a file holding them is not damaged.
     */
    public static List<String> integrityProblems(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        for (String row : strings(c, "PRAGMA integrity_check")) {
            row.lines()
                    .filter(line -> !line.isBlank() && !line.equals("ok") && !line.startsWith("*** in database"))
                    .filter(line -> !line.startsWith("NULL value in ") && !line.startsWith("CHECK constraint failed in "))
                    .forEach(problems::add);
        }
        return problems;
    }

    /** Every table, sorted by name, SQLite's internal ones included. */
    public static List<String> tables(Connection c) throws SQLException {
        return strings(c, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    }

    /** Tables that hold the data, leaving out Flyway's history and SQLite's own tables. */
    public static List<String> domainTables(Connection c) throws SQLException {
        return tables(c).stream().filter(SchemaMigrations::isDomainTable).toList();
    }

    public static List<String> bookkeepingTables(Connection c) throws SQLException {
        return tables(c).stream().filter(SchemaMigrations::isBookkeepingTable).toList();
    }

    public static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + quote(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static String journalMode(Connection c) throws SQLException {
        return strings(c, "PRAGMA journal_mode").get(0);
    }

    public static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** The first line of a message: SQLite's and Flyway's messages run over several lines. */
    public static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.strip().lines().findFirst().orElse(message);
    }
}
