package com.zepix.db.ops;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.ops.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a database's schema holds: its domain tables with their columns, explicit indexes,
 * views and triggers. Bookkeeping tables are left out: Flyway's validation covers its history.
 */
record SchemaShape(Map<String, Table> tables, Map<String, String> indexes, Map<String, String> triggers,
        Map<String, String> others) {

    record Table(String name, List<Column> columns, String sql) {
    }

    record Column(String name, String type, boolean notNull, String defaultValue, int primaryKeyPosition) {
        String describe() {
            return (type.isEmpty() ? "untyped" : type) + (notNull ? " NOT NULL" : "")
                    + (defaultValue == null ? "" : " DEFAULT " + defaultValue)
                    + (primaryKeyPosition > 0 ? " PRIMARY KEY" : "");
        }
    }

    static SchemaShape read(Connection c) throws SQLException {
        Map<String, Table> tables = new TreeMap<>();
        Map<String, String> indexes = new TreeMap<>();
        Map<String, String> triggers = new TreeMap<>();
        Map<String, String> others = new TreeMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name")) {
            while (rs.next()) {
                String type = rs.getString("type");
                String name = rs.getString("name");
                String sql = rs.getString("sql");
                if (!SqliteChecks.isDomainTable(rs.getString("tbl_name")) || sql == null) {
                    continue; // bookkeeping, SQLite's own, or an automatic index that its table's SQL implies
                }
                switch (type) {
                    case "table" -> tables.put(name, new Table(name, List.of(), SchemaSnapshot.normalise(sql)));
                    case "index" -> indexes.put(name, SchemaSnapshot.normalise(sql));
                    case "trigger" -> triggers.put(name, SchemaSnapshot.normalise(sql));
                    default -> others.put(name, type);
                }
            }
        }
        for (Map.Entry<String, Table> entry : tables.entrySet()) {
            entry.setValue(new Table(entry.getKey(), columns(c, entry.getKey()), entry.getValue().sql()));
        }
        return new SchemaShape(tables, indexes, triggers, others);
    }

    private static List<Column> columns(Connection c, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA table_xinfo(" + SqliteChecks.quote(table) + ")")) {
            while (rs.next()) {
                columns.add(new Column(rs.getString("name"), rs.getString("type"), rs.getInt("notnull") != 0,
                        rs.getString("dflt_value"), rs.getInt("pk")));
            }
        }
        return columns;
    }

    /**
     * How this schema differs from {@code expected}, one sentence each.
     *
     * @param ownerOf which database a table belongs to, to say where a foreign table comes from
     */
    List<String> differencesFrom(SchemaShape expected, Function<String, Optional<DatabaseFile>> ownerOf) {
        List<String> differences = new ArrayList<>();
        expected.tables.keySet().stream().filter(t -> !tables.containsKey(t))
                .forEach(t -> differences.add("table " + t + " is missing"));
        tables.keySet().stream().filter(t -> !expected.tables.containsKey(t))
                .forEach(t -> differences.add("table " + t + " does not belong in this database"
                        + ownerOf.apply(t).map(db -> " (it is a table of the " + db.title() + ")").orElse("")));
        tables.values().stream().filter(t -> expected.tables.containsKey(t.name()))
                .forEach(t -> differences.addAll(differencesOf(t, expected.tables.get(t.name()))));
        compareDefinitions("index", expected.indexes, indexes, differences);
        compareDefinitions("trigger", expected.triggers, triggers, differences);
        others.forEach((name, type) -> differences.add(type + " " + name + " does not belong in this database"));
        return differences;
    }

    private static void compareDefinitions(String kind, Map<String, String> expected, Map<String, String> actual,
            List<String> differences) {
        expected.keySet().stream().filter(n -> !actual.containsKey(n))
                .forEach(n -> differences.add(kind + " " + n + " is missing"));
        actual.keySet().stream().filter(n -> !expected.containsKey(n))
                .forEach(n -> differences.add(kind + " " + n + " does not belong in this database"));
        actual.keySet().stream().filter(n -> expected.containsKey(n) && !expected.get(n).equals(actual.get(n)))
                .forEach(n -> differences.add(kind + " " + n + " is defined differently: " + actual.get(n)));
    }

    private static List<String> differencesOf(Table actual, Table expected) {
        List<String> differences = new ArrayList<>();
        Map<String, Column> mine = byName(actual.columns());
        Map<String, Column> theirs = byName(expected.columns());
        theirs.keySet().stream().filter(n -> !mine.containsKey(n))
                .forEach(n -> differences.add("column " + actual.name() + "." + n + " is missing"));
        mine.keySet().stream().filter(n -> !theirs.containsKey(n))
                .forEach(n -> differences.add("column " + actual.name() + "." + n + " does not belong in this database"));
        mine.values().stream().filter(col -> theirs.containsKey(col.name()) && !sameColumn(col, theirs.get(col.name())))
                .forEach(col -> differences.add("column " + actual.name() + "." + col.name() + " is " + col.describe()
                        + ", expected " + theirs.get(col.name()).describe()));
        if (differences.isEmpty() && !actual.sql().equals(expected.sql())) {
            differences.add("table " + actual.name() + " is defined differently (constraints or column order): "
                    + actual.sql().lines().findFirst().orElse(""));
        }
        return differences;
    }

    private static boolean sameColumn(Column a, Column b) {
        return a.type().equalsIgnoreCase(b.type()) && a.notNull() == b.notNull()
                && Objects.equals(a.defaultValue(), b.defaultValue()) && a.primaryKeyPosition() == b.primaryKeyPosition();
    }

    private static Map<String, Column> byName(List<Column> columns) {
        Map<String, Column> map = new LinkedHashMap<>();
        columns.forEach(col -> map.put(col.name(), col));
        return map;
    }
}
