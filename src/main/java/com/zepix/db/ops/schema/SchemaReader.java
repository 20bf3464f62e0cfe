package com.zepix.db.ops.schema;

import com.zepix.db.core.SchemaMigrations;
import com.zepix.db.ops.schema.CreateStatementParser.TableClauses;
import com.zepix.db.ops.schema.SchemaModel.Column;
import com.zepix.db.ops.schema.SchemaModel.ForeignKey;
import com.zepix.db.ops.schema.SchemaModel.Index;
import com.zepix.db.ops.schema.SchemaModel.Table;
import com.zepix.db.ops.schema.SchemaModel.Trigger;
import com.zepix.db.ops.schema.SchemaModel.View;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@link SchemaModel} from an open SQLite connection: columns, keys, indexes and foreign
 * keys from SQLite's pragmas (as table-valued functions, so names need no quoting), CHECK clauses
 * and AUTOINCREMENT from the CREATE text, for which SQLite has no pragma, the views as their
 * CREATE text, and the triggers of each table and view. Objects of the bookkeeping tables are left out. Reads only.
 */
public final class SchemaReader {

    private SchemaReader() {
    }

    public static SchemaModel read(Connection connection) throws SQLException {
        Map<String, String> createTable = new TreeMap<>();
        Map<String, String> createView = new TreeMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('table', 'view')"
                        + " AND sql IS NOT NULL ORDER BY name");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString("name");
                if (!SchemaMigrations.isDomainTable(rs.getString("tbl_name"))) {
                    continue;
                }
                if ("table".equals(rs.getString("type"))) {
                    createTable.put(name, rs.getString("sql"));
                } else {
                    createView.put(name, rs.getString("sql"));
                }
            }
        }
        Map<String, Table> tables = new TreeMap<>();
        for (Map.Entry<String, String> entry : createTable.entrySet()) {
            tables.put(entry.getKey(), table(connection, entry.getKey(), CreateStatementParser.parseTable(entry.getValue()),
                    SchemaSnapshot.normalise(entry.getValue())));
        }
        Map<String, View> views = new TreeMap<>();
        for (Map.Entry<String, String> entry : createView.entrySet()) {
            views.put(entry.getKey(), new View(entry.getKey(), SchemaSnapshot.normalise(entry.getValue()),
                    triggers(connection, entry.getKey())));
        }
        return new SchemaModel(tables, views);
    }

    private static Table table(Connection c, String name, TableClauses clauses, String sql) throws SQLException {
        List<ForeignKey> foreignKeys = foreignKeys(c, name);
        Map<String, String> singleColumnReferences = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        foreignKeys.stream().filter(fk -> fk.from().size() == 1)
                .forEach(fk -> singleColumnReferences.put(fk.from().get(0), fk.target()));

        List<Index> indexes = new ArrayList<>();
        List<List<String>> uniqueKeys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name, origin FROM pragma_index_list(?) WHERE origin IN ('c', 'u') ORDER BY name")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if ("c".equals(rs.getString("origin"))) {
                        indexes.add(index(c, rs.getString("name"), name));
                    } else {
                        uniqueKeys.add(indexColumns(c, rs.getString("name")));
                    }
                }
            }
        }
        List<String> singleUnique = uniqueKeys.stream().filter(k -> k.size() == 1).map(k -> k.get(0)).toList();
        uniqueKeys.removeIf(k -> k.size() == 1);

        List<Column> columns = new ArrayList<>();
        Map<Integer, String> primaryKey = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name, type, \"notnull\", dflt_value, pk, count(NULLIF(pk, 0)) OVER () AS key_columns"
                        + " FROM pragma_table_xinfo(?) WHERE hidden <> 1 ORDER BY cid")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String column = rs.getString("name");
                    int pk = rs.getInt("pk");
                    if (pk > 0) {
                        primaryKey.put(pk, column);
                    }
                    CreateStatementParser.ColumnClauses own = clauses.column(column);
                    columns.add(new Column(column, rs.getString("type"), rs.getInt("notnull") == 1,
                            SqlTokens.oneLine(rs.getString("dflt_value")), own.checks(),
                            pk > 0 && rs.getInt("key_columns") == 1, own.autoincrement(),
                            singleUnique.stream().anyMatch(column::equalsIgnoreCase),
                            singleColumnReferences.get(column)));
                }
            }
        }
        uniqueKeys.sort(Comparator.comparing(Object::toString));
        return new Table(name, columns, indexes, foreignKeys, List.copyOf(primaryKey.values()), uniqueKeys,
                clauses.checks(), triggers(c, name), sql);
    }

    private static final Pattern TRIGGER_EVENT = Pattern.compile(
            "(?is)^\\s*CREATE\\s+(?:TEMP(?:ORARY)?\\s+)?TRIGGER\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?\\S+\\s+(.*?)\\s+ON\\s");

    private static List<Trigger> triggers(Connection c, String table) throws SQLException {
        List<Trigger> triggers = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? ORDER BY name")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String sql = rs.getString("sql");
                    Matcher event = TRIGGER_EVENT.matcher(sql);
                    triggers.add(new Trigger(rs.getString("name"), table,
                            event.find() ? SqlTokens.oneLine(event.group(1)) : "", SchemaSnapshot.normalise(sql)));
                }
            }
        }
        return triggers;
    }

    private static Index index(Connection c, String indexName, String table) throws SQLException {
        String sql = rows(c, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name = ?", indexName)
                .get(indexName);
        CreateStatementParser.IndexClauses clauses = CreateStatementParser.parseIndex(sql);
        boolean unique = SqlTokens.tokenize(sql).get(1).isWord("UNIQUE");
        return new Index(indexName, table, unique, clauses.keys(), clauses.where(), SchemaSnapshot.normalise(sql));
    }

    private static List<String> indexColumns(Connection c, String indexName) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM pragma_index_info(?) ORDER BY seqno")) {
            ps.setString(1, indexName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    private static List<ForeignKey> foreignKeys(Connection c, String table) throws SQLException {
        Map<Integer, List<String[]>> byId = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, \"table\", \"from\", \"to\", on_update, on_delete"
                + " FROM pragma_foreign_key_list(?) ORDER BY id, seq")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byId.computeIfAbsent(rs.getInt("id"), id -> new ArrayList<>()).add(new String[] {
                        rs.getString("table"), rs.getString("from"), rs.getString("to"),
                        rs.getString("on_update"), rs.getString("on_delete")});
                }
            }
        }
        List<ForeignKey> keys = new ArrayList<>();
        for (List<String[]> parts : byId.values()) {
            String[] first = parts.get(0);
            List<String> to = parts.stream().map(p -> p[2]).filter(Objects::nonNull).toList();
            keys.add(new ForeignKey(parts.stream().map(p -> p[1]).toList(), first[0], to, first[3], first[4]));
        }
        return keys;
    }

    /** A two-column query as a map from the first column to the second, in the order of the first. */
    private static Map<String, String> rows(Connection c, String sql, String parameter) throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return rows;
    }
}
