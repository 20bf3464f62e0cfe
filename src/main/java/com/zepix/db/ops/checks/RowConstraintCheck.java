package com.zepix.db.ops.checks;

import com.zepix.db.ops.schema.SchemaModel;
import com.zepix.db.ops.schema.SchemaModel.Column;
import com.zepix.db.ops.schema.SchemaModel.Table;
import com.zepix.db.ops.schema.SchemaReader;
import com.zepix.db.ops.sqlite.SqliteChecks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rows that break a CHECK, NOT NULL or FOREIGN KEY constraint, found by queries alone, so it works
 * on read-only and {@code immutable} connections. SQLite's {@code integrity_check} skips CHECK
 * constraints on those, and names no row or column when it does check them.
 *
 * <p>The constraints are the file's own, read from its CREATE text ({@link SchemaReader}): what
 * SQLite would enforce on the next write. Each table is scanned once; a CHECK fails, as in SQLite,
 * only when its expression is false, not when it is NULL.
 */
public final class RowConstraintCheck {

    /** Found rows beyond this many are counted, not described. */
    public static final int DESCRIBED = 100;

    /**
     * @param key the primary key values when the key is not the rowid itself, e.g. {@code symbol 'EURUSD', timeframe '15'}; else null
     * @param column the column at fault; for a table-level CHECK, null
     * @param value the raw value as an SQL literal ({@code quote()}), so its type shows: {@code '2026-13-01'}, {@code 1764405010}, {@code NULL}
     */
    public record Violation(String table, long rowid, String key, String column, String value, String problem) {
        public String describe() {
            return table + " row " + rowid + (key == null ? "" : " (" + key + ")") + ": "
                    + (column == null ? "" : column + " " + value + " ") + problem;
        }
    }

    /** What was found: the first {@link #DESCRIBED} violations, and how many there are in all. */
    public record Result(List<Violation> violations, long total) {
        public List<String> lines() {
            List<String> lines = new ArrayList<>(violations.stream().map(Violation::describe).toList());
            if (total > violations.size()) {
                lines.add("and " + (total - violations.size()) + " more rows that break a constraint");
            }
            return lines;
        }
    }

    private RowConstraintCheck() {
    }

    public static Result run(Connection c) throws SQLException {
        Collector found = new Collector();
        SchemaModel schema = SchemaReader.read(c);
        for (Table table : schema.tables().values()) {
            checksAndNotNulls(c, table, found);
        }
        foreignKeys(c, schema, found);
        return new Result(List.copyOf(found.described), found.total);
    }

    private static final class Collector {
        final List<Violation> described = new ArrayList<>();
        long total;

        void add(Violation v) {
            total++;
            if (described.size() < DESCRIBED) {
                described.add(v);
            }
        }
    }

    /** One failing condition and what to say about it. */
    private record Rule(String column, String failsWhen, String problem) {
    }

    private static void checksAndNotNulls(Connection c, Table table, Collector found) throws SQLException {
        List<Rule> rules = new ArrayList<>();
        for (Column column : table.columns()) {
            if (column.notNull()) {
                // Not "IS NULL": SQLite folds that to false on a NOT NULL column and would find nothing.
                rules.add(new Rule(column.name(), "typeof(" + quote(column.name()) + ") = 'null'",
                        "breaks its NOT NULL constraint"));
            }
            for (String check : column.checks()) {
                rules.add(new Rule(column.name(), "coalesce(NOT (" + check + "), 0)", "breaks its CHECK constraint"));
            }
        }
        for (String check : table.checks()) {
            rules.add(new Rule(null, "coalesce(NOT (" + check + "), 0)", "breaks the table's CHECK (" + check + ")"));
        }
        if (rules.isEmpty()) {
            return;
        }
        List<String> key = rowidIsTheKey(table) ? List.of() : table.primaryKey();
        StringBuilder sql = new StringBuilder("SELECT rowid");
        key.forEach(k -> sql.append(", quote(").append(quote(k)).append(')'));
        for (Rule rule : rules) {
            sql.append(", ").append(rule.failsWhen()).append(", ")
                    .append(rule.column() == null ? "NULL" : "quote(" + quote(rule.column()) + ")");
        }
        sql.append(" FROM ").append(quote(table.name())).append(" WHERE ")
                .append(rules.stream().map(Rule::failsWhen).collect(Collectors.joining(" OR ")))
                .append(" ORDER BY rowid");
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql.toString())) {
            while (rs.next()) {
                String keyText = describeKey(key, rs, 2);
                int at = 2 + key.size();
                for (Rule rule : rules) {
                    if (rs.getInt(at) != 0) {
                        found.add(new Violation(table.name(), rs.getLong(1), keyText, rule.column(), rs.getString(at + 1),
                                rule.problem()));
                    }
                    at += 2;
                }
            }
        }
    }

    private static void foreignKeys(Connection c, SchemaModel schema, Collector found) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next()) {
                String table = rs.getString(1);
                long rowid = rs.getLong(2);
                String parent = rs.getString(3);
                int fkid = rs.getInt(4);
                Table model = schema.tables().get(table);
                Map<String, String> columns = foreignKeyColumns(c, table, fkid);
                List<String> key = model == null || rowidIsTheKey(model) ? List.of() : model.primaryKey();
                Map<String, String> values = values(c, table, rowid, key, columns.keySet());
                String keyText = key.isEmpty() ? null
                        : key.stream().map(k -> k + " " + values.get(k)).collect(Collectors.joining(", "));
                String from = String.join(", ", columns.keySet());
                String to = columns.values().stream().allMatch(v -> v == null) ? ""
                        : " (" + String.join(", ", columns.values()) + ")";
                found.add(new Violation(table, rowid, keyText, from,
                        columns.keySet().stream().map(values::get).collect(Collectors.joining(", ")),
                        "refers to a missing " + parent + to + " row (FOREIGN KEY)"));
            }
        }
    }

    /** The referencing columns of one foreign key, each with the parent column it names (null: the parent's key). */
    private static Map<String, String> foreignKeyColumns(Connection c, String table, int fkid) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT \"from\", \"to\" FROM pragma_foreign_key_list(?) WHERE id = ? ORDER BY seq")) {
            ps.setString(1, table);
            ps.setInt(2, fkid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return columns;
    }

    private static Map<String, String> values(Connection c, String table, long rowid, List<String> key,
            java.util.Collection<String> columns) throws SQLException {
        List<String> wanted = new ArrayList<>(key);
        columns.stream().filter(col -> !wanted.contains(col)).forEach(wanted::add);
        Map<String, String> values = new LinkedHashMap<>();
        String sql = "SELECT " + wanted.stream().map(col -> "quote(" + quote(col) + ")").collect(Collectors.joining(", "))
                + " FROM " + quote(table) + " WHERE rowid = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, rowid);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    for (int i = 0; i < wanted.size(); i++) {
                        values.put(wanted.get(i), rs.getString(i + 1));
                    }
                }
            }
        }
        return values;
    }

    private static String describeKey(List<String> key, ResultSet rs, int first) throws SQLException {
        if (key.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            parts.add(key.get(i) + " " + rs.getString(first + i));
        }
        return String.join(", ", parts);
    }

    /** An INTEGER PRIMARY KEY column is the rowid: naming the row by it says it all. */
    private static boolean rowidIsTheKey(Table table) {
        return table.primaryKey().size() == 1 && table.column(table.primaryKey().get(0))
                .map(col -> col.type().equals("INTEGER")).orElse(false);
    }

    private static String quote(String identifier) {
        return SqliteChecks.quote(identifier);
    }
}
