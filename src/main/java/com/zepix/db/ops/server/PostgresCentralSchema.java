package com.zepix.db.ops.server;

import com.zepix.db.central.jooq.DefaultSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jooq.Field;
import org.jooq.Index;
import org.jooq.Table;

/**
 * The one set of generated central classes is compiled against the SQLite central; this checks
 * that a PostgreSQL central carries the same tables and columns (name, order, nullability) in the
 * native type each column's Java type maps to, and the same named indexes. The central code
 * runs on both only because this holds: verify runs it on a live server (the drift check), and
 * CentralSchemaParityTest on the migrations.
 */
public final class PostgresCentralSchema {

    /** Java type of a generated column (before enum converters) to the PostgreSQL type it must have. */
    public static final Map<Class<?>, String> NATIVE_TYPES = Map.of(
            Long.class, "bigint",
            Integer.class, "integer",
            Double.class, "double precision",
            Boolean.class, "boolean",
            LocalDateTime.class, "timestamp without time zone",
            String.class, "text");

    /** One column as a database has it. */
    public record Column(String name, String type, boolean nullable) {
    }

    private PostgresCentralSchema() {
    }

    /** The columns the generated central classes say each table has, with the PostgreSQL type each must be. */
    public static Map<String, List<Column>> expected() {
        Map<String, List<Column>> tables = new LinkedHashMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            List<Column> columns = new ArrayList<>();
            for (Field<?> field : table.fields()) {
                Class<?> javaType = field.getConverter().fromType();
                String type = NATIVE_TYPES.get(javaType);
                if (type == null) {
                    throw new IllegalStateException(table.getName() + "." + field.getName() + " has Java type "
                            + javaType.getName() + ", which has no PostgreSQL type in the mapping");
                }
                boolean primaryKey = table.getPrimaryKey() != null && table.getPrimaryKey().getFields().contains(field);
                columns.add(new Column(field.getName(), type, field.getDataType().nullable() && !primaryKey));
            }
            tables.put(table.getName(), List.copyOf(columns));
        }
        return tables;
    }

    /** The explicit index names of the generated classes (unique ones included). */
    public static TreeSet<String> expectedIndexes() {
        TreeSet<String> names = new TreeSet<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            table.getIndexes().stream().map(Index::getName).forEach(names::add);
        }
        return names;
    }

    /** The tables and columns of the connection's current schema, Flyway's history left out. */
    public static Map<String, List<Column>> read(Connection c) throws SQLException {
        Map<String, List<Column>> tables = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name, column_name, data_type, is_nullable"
                + " FROM information_schema.columns WHERE table_schema = current_schema()"
                + " AND table_name <> 'flyway_schema_history' ORDER BY table_name, ordinal_position");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
                        .add(new Column(rs.getString(2), rs.getString(3), "YES".equals(rs.getString(4))));
            }
        }
        return tables;
    }

    /** Index names in the current schema, the primary keys' own ({@code *_pkey}) left out. */
    public static TreeSet<String> readIndexes(Connection c) throws SQLException {
        TreeSet<String> names = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
                + " AND tablename <> 'flyway_schema_history' AND indexname NOT LIKE '%\\_pkey'");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** One sentence per difference between the live schema and the generated classes; empty when none. */
    public static List<String> differences(Connection c) throws SQLException {
        List<String> problems = differences(expected(), expectedIndexes(), read(c), readIndexes(c));
        if (!rollupTriggerEnabled(c)) {
            problems.add("trigger " + ROLLUP_TRIGGER + " on aggregated_trades is missing or disabled: manual writes"
                    + " would leave the dashboard rollup behind (central-postgresql V3 creates it)");
        }
        return problems;
    }

    /** The trigger that keeps the dashboard rollup in step with every write but the sync's (central-postgresql V3). */
    public static final String ROLLUP_TRIGGER = "aggregated_daily_totals_keep";

    private static boolean rollupTriggerEnabled(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_trigger t"
                + " JOIN pg_class r ON r.oid = t.tgrelid JOIN pg_namespace n ON n.oid = r.relnamespace"
                + " WHERE n.nspname = current_schema() AND r.relname = 'aggregated_trades' AND t.tgname = ?"
                + " AND NOT t.tgisinternal AND t.tgenabled <> 'D'")) {
            ps.setString(1, ROLLUP_TRIGGER);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static List<String> differences(Map<String, List<Column>> expected, TreeSet<String> expectedIndexes,
            Map<String, List<Column>> live, TreeSet<String> liveIndexes) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<Column>> table : expected.entrySet()) {
            List<Column> actual = live.get(table.getKey());
            if (actual == null) {
                problems.add("table " + table.getKey() + " is missing");
            } else if (!actual.equals(table.getValue())) {
                problems.add("table " + table.getKey() + " has columns " + describe(actual) + ", expected "
                        + describe(table.getValue()));
            }
        }
        live.keySet().stream().filter(t -> !expected.containsKey(t))
                .forEach(t -> problems.add("table " + t + " is not part of this version's central schema"));
        TreeSet<String> missing = new TreeSet<>(expectedIndexes);
        missing.removeAll(liveIndexes);
        missing.forEach(i -> problems.add("index " + i + " is missing"));
        TreeSet<String> extra = new TreeSet<>(liveIndexes);
        extra.removeAll(expectedIndexes);
        extra.forEach(i -> problems.add("index " + i + " is not part of this version's central schema"));
        return problems;
    }

    private static String describe(List<Column> columns) {
        List<String> parts = new ArrayList<>();
        for (Column column : columns) {
            parts.add(column.name() + " " + column.type() + (column.nullable() ? "" : " NOT NULL"));
        }
        return "(" + String.join(", ", parts) + ")";
    }
}
