package com.zepix.db.ops.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One database's schema as SQLite reports it, bookkeeping tables left out: domain tables (columns,
 * keys, CHECKs, foreign keys, indexes, triggers) and views. The one model that verify, restore, the
 * drift check, schema-diff, the snapshots and the schema document all read. Read one with
 * {@link SchemaReader}.
 *
 * @param tables by name, in name order
 * @param views by name, in name order
 */
public record SchemaModel(Map<String, Table> tables, Map<String, View> views) {

    public SchemaModel {
        tables = Collections.unmodifiableMap(new TreeMap<>(tables));
        views = Collections.unmodifiableMap(new TreeMap<>(views));
    }

    public static SchemaModel empty() {
        return new SchemaModel(Map.of(), Map.of());
    }

    /**
     * SQLite keeps nothing of a view but its CREATE text, so the text (laid out as
     * {@link SchemaSnapshot#normalise} does) is what two of them are compared by, together with the
     * {@code INSTEAD OF} triggers that make it writable: such a trigger can write any table.
     *
     * @param triggers in name order
     */
    public record View(String name, String sql, List<Trigger> triggers) {

        public View {
            triggers = List.copyOf(triggers);
        }

        /** The CREATE text and its triggers' texts: what two views are compared and reported by. */
        public String definition() {
            StringBuilder text = new StringBuilder(sql);
            triggers.forEach(t -> text.append(";\n").append(t.sql()));
            return text.toString();
        }
    }

    public Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    /**
     * @param columns in declaration order
     * @param indexes the explicit ({@code CREATE INDEX}) indexes, in name order; the automatic ones of
     *     UNIQUE and PRIMARY KEY constraints are described by {@link Column#unique()}, {@link #uniqueKeys()}
     *     and {@link #primaryKey()}
     * @param foreignKeys in SQLite's order
     * @param primaryKey the primary key's columns in key order, empty without one
     * @param uniqueKeys UNIQUE constraints over more than one column; single-column ones are {@link Column#unique()}
     * @param checks table-level CHECK expressions; column-level ones are {@link Column#checks()}
     * @param triggers the triggers on this table, in name order
     * @param sql the CREATE TABLE text, normalised; what the snapshot shows
     */
    public record Table(String name, List<Column> columns, List<Index> indexes, List<ForeignKey> foreignKeys,
            List<String> primaryKey, List<List<String>> uniqueKeys, List<String> checks, List<Trigger> triggers,
            String sql) {

        public Table {
            columns = List.copyOf(columns);
            indexes = List.copyOf(indexes);
            foreignKeys = List.copyOf(foreignKeys);
            primaryKey = List.copyOf(primaryKey);
            uniqueKeys = List.copyOf(uniqueKeys);
            checks = List.copyOf(checks);
            triggers = List.copyOf(triggers);
        }

        public Optional<Column> column(String columnName) {
            return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
        }

        public Optional<Index> index(String indexName) {
            return indexes.stream().filter(i -> i.name().equalsIgnoreCase(indexName)).findFirst();
        }

        public Optional<Trigger> trigger(String triggerName) {
            return triggers.stream().filter(t -> t.name().equalsIgnoreCase(triggerName)).findFirst();
        }

        /** The table-level constraints that no single column carries, as SQL, e.g. {@code UNIQUE (plugin_id, mt5_ticket)}. */
        public List<String> tableConstraints() {
            List<String> constraints = new ArrayList<>();
            if (primaryKey.size() > 1) {
                constraints.add("PRIMARY KEY (" + String.join(", ", primaryKey) + ")");
            }
            uniqueKeys.forEach(key -> constraints.add("UNIQUE (" + String.join(", ", key) + ")"));
            checks.forEach(check -> constraints.add("CHECK (" + check + ")"));
            foreignKeys.stream().filter(fk -> fk.from().size() > 1).forEach(fk -> constraints.add(
                    "FOREIGN KEY (" + String.join(", ", fk.from()) + ") REFERENCES " + fk.target()));
            return constraints;
        }
    }

    /**
     * @param type the declared type as written (SQLite keeps it), upper case; empty when none was declared
     * @param defaultValue the DEFAULT expression as written, or null
     * @param checks the column's own CHECK expressions, each on one line
     * @param primaryKey the table's primary key is this column alone; the columns of a composite key are
     *     {@link Table#primaryKey()}
     * @param unique the only column of a UNIQUE constraint
     * @param references the target of a single-column foreign key, e.g. {@code plugins_registry (plugin_id)}, or null
     */
    public record Column(String name, String type, boolean notNull, String defaultValue, List<String> checks,
            boolean primaryKey, boolean autoincrement, boolean unique, String references) {

        public Column {
            type = type == null ? "" : type.toUpperCase(Locale.ROOT);
            checks = List.copyOf(checks);
        }

        /** All the column's constraints as SQL, in the usual order, e.g. {@code NOT NULL DEFAULT 0 CHECK (x >= 0)}. */
        public String constraints() {
            List<String> parts = new ArrayList<>();
            if (primaryKey) {
                parts.add(autoincrement ? "PRIMARY KEY AUTOINCREMENT" : "PRIMARY KEY");
            }
            if (unique) {
                parts.add("UNIQUE");
            }
            if (notNull) {
                parts.add("NOT NULL");
            }
            if (defaultValue != null) {
                parts.add("DEFAULT " + defaultValue);
            }
            checks.forEach(check -> parts.add("CHECK (" + check + ")"));
            if (references != null) {
                parts.add("REFERENCES " + references);
            }
            return String.join(" ", parts);
        }

        /** Type and constraints, as the column would be declared. */
        public String definition() {
            return (type + " " + constraints()).strip();
        }
    }

    /**
     * @param keys the indexed columns or expressions as written, with any {@code DESC} or {@code COLLATE}
     * @param where the condition of a partial index, or null
     * @param sql the CREATE INDEX text, normalised; what the snapshot shows
     */
    public record Index(String name, String table, boolean unique, List<String> keys, String where, String sql) {

        public Index {
            keys = List.copyOf(keys);
        }

        /** E.g. {@code UNIQUE (plugin_id, entry_time) WHERE status = 'OPEN'}. */
        public String definition() {
            return (unique ? "UNIQUE " : "") + "(" + String.join(", ", keys) + ")" + (where == null ? "" : " WHERE " + where);
        }
    }

    /**
     * @param from the referencing columns of this table
     * @param table the referenced table
     * @param to the referenced columns; empty when the key names only the table (its primary key)
     * @param onUpdate SQLite's action, {@code NO ACTION} unless declared
     * @param onDelete likewise
     */
    public record ForeignKey(List<String> from, String table, List<String> to, String onUpdate, String onDelete) {

        public ForeignKey {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }

        /** E.g. {@code plugins_registry (plugin_id) ON DELETE CASCADE}. */
        public String target() {
            StringBuilder sb = new StringBuilder(table);
            if (!to.isEmpty()) {
                sb.append(" (").append(String.join(", ", to)).append(')');
            }
            if (!"NO ACTION".equalsIgnoreCase(onUpdate)) {
                sb.append(" ON UPDATE ").append(onUpdate);
            }
            if (!"NO ACTION".equalsIgnoreCase(onDelete)) {
                sb.append(" ON DELETE ").append(onDelete);
            }
            return sb.toString();
        }
    }

    /**
     * @param event when it fires, as written, e.g. {@code AFTER UPDATE OF entry_time, exit_time}
     * @param sql the whole CREATE TRIGGER statement, laid out as {@link SchemaSnapshot#normalise} does;
     *     two are compared token by token, so layout does not count
     */
    public record Trigger(String name, String table, String event, String sql) {

        /** The statement on one line, for a report or a JSON string. */
        public String oneLine() {
            return SqlTokens.oneLine(sql);
        }
    }
}
