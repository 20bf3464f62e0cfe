package com.zepix.db.ops.schema;

import com.zepix.db.ops.schema.SchemaModel.Column;
import com.zepix.db.ops.schema.SchemaModel.Index;
import com.zepix.db.ops.schema.SchemaModel.Table;
import com.zepix.db.ops.schema.SchemaModel.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What changed in one table that exists on both sides: columns, explicit indexes and triggers added,
 * removed or changed, table-level constraints (composite keys, table CHECKs) added or removed, and
 * the order of the columns both sides have.
 *
 * @param columnOrder {@code what} "column order", from and to the columns both sides have, comma
 *     separated, in each side's order; null when that order is the same. The order is what
 *     {@code INSERT ... VALUES} without a column list and {@code SELECT *} go by.
 */
public record TableDiff(String table, List<Column> columnsAdded, List<Column> columnsRemoved,
        List<ColumnChange> columnsChanged, List<Index> indexesAdded, List<Index> indexesRemoved,
        List<IndexChange> indexesChanged, List<Change> constraintsChanged, List<Trigger> triggersAdded,
        List<Trigger> triggersRemoved, List<Trigger> triggersChanged, Change columnOrder) {

    static final String COLUMN_ORDER = "column order";

    /**
     * One property that differs.
     *
     * @param what the property, as SQL names it: {@code type}, {@code NOT NULL}, {@code DEFAULT},
     *     {@code CHECK}, {@code PRIMARY KEY}, {@code AUTOINCREMENT}, {@code UNIQUE}, {@code REFERENCES};
     *     or {@code constraint} for a table-level one
     * @param from before, or null for none
     * @param to after, or null for none
     */
    public record Change(String what, String from, String to) {}

    /** @param defaultAfter the column's DEFAULT after the change (changed or not), or null for none */
    public record ColumnChange(String column, List<Change> changes, String defaultAfter) {}

    public record IndexChange(String index, Index from, Index to) {}

    static TableDiff between(Table from, Table to) {
        List<ColumnChange> columnsChanged = new ArrayList<>();
        for (Column before : from.columns()) {
            to.column(before.name()).ifPresent(after -> {
                List<Change> changes = columnChanges(before, after);
                if (!changes.isEmpty()) {
                    columnsChanged.add(new ColumnChange(after.name(), changes, after.defaultValue()));
                }
            });
        }
        List<IndexChange> indexesChanged = new ArrayList<>();
        for (Index before : from.indexes()) {
            to.index(before.name()).filter(after -> !sameIndex(before, after))
                    .ifPresent(after -> indexesChanged.add(new IndexChange(after.name(), before, after)));
        }
        List<Change> constraintsChanged = new ArrayList<>();
        onlyIn(from.tableConstraints(), to.tableConstraints())
                .forEach(c -> constraintsChanged.add(new Change("constraint", c, null)));
        onlyIn(to.tableConstraints(), from.tableConstraints())
                .forEach(c -> constraintsChanged.add(new Change("constraint", null, c)));
        return new TableDiff(to.name(),
                to.columns().stream().filter(c -> from.column(c.name()).isEmpty()).toList(),
                from.columns().stream().filter(c -> to.column(c.name()).isEmpty()).toList(),
                columnsChanged,
                to.indexes().stream().filter(i -> from.index(i.name()).isEmpty()).toList(),
                from.indexes().stream().filter(i -> to.index(i.name()).isEmpty()).toList(),
                indexesChanged,
                constraintsChanged,
                to.triggers().stream().filter(t -> from.trigger(t.name()).isEmpty()).toList(),
                from.triggers().stream().filter(t -> to.trigger(t.name()).isEmpty()).toList(),
                to.triggers().stream().filter(t -> from.trigger(t.name())
                        .filter(before -> !SqlTokens.sameSql(before.sql(), t.sql())).isPresent()).toList(),
                columnOrder(from, to));
    }

    private static Change columnOrder(Table from, Table to) {
        List<String> before = from.columns().stream().map(Column::name).filter(n -> to.column(n).isPresent()).toList();
        List<String> after = to.columns().stream().map(Column::name).filter(n -> from.column(n).isPresent()).toList();
        boolean same = before.size() == after.size() && java.util.stream.IntStream.range(0, before.size())
                .allMatch(i -> before.get(i).equalsIgnoreCase(after.get(i)));
        return same ? null : new Change(COLUMN_ORDER, String.join(", ", before), String.join(", ", after));
    }

    public boolean isEmpty() {
        return columnsAdded.isEmpty() && columnsRemoved.isEmpty() && columnsChanged.isEmpty()
                && indexesAdded.isEmpty() && indexesRemoved.isEmpty() && indexesChanged.isEmpty()
                && constraintsChanged.isEmpty() && triggersAdded.isEmpty() && triggersRemoved.isEmpty()
                && triggersChanged.isEmpty() && columnOrder == null;
    }

    private static List<Change> columnChanges(Column before, Column after) {
        List<Change> changes = new ArrayList<>();
        compare(changes, "type", before, after, c -> c.type().isEmpty() ? null : c.type());
        compare(changes, "NOT NULL", before, after, c -> yesNo(c.notNull()));
        compare(changes, "DEFAULT", before, after, Column::defaultValue);
        compare(changes, "CHECK", before, after, c -> c.checks().isEmpty() ? null : String.join("; ", c.checks()));
        compare(changes, "PRIMARY KEY", before, after, c -> yesNo(c.primaryKey()));
        compare(changes, "AUTOINCREMENT", before, after, c -> yesNo(c.autoincrement()));
        compare(changes, "UNIQUE", before, after, c -> yesNo(c.unique()));
        compare(changes, "REFERENCES", before, after, Column::references);
        return changes;
    }

    private static void compare(List<Change> changes, String what, Column before, Column after,
            Function<Column, String> property) {
        String from = property.apply(before);
        String to = property.apply(after);
        if (!SqlTokens.sameSql(from, to)) {
            changes.add(new Change(what, from, to));
        }
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static boolean sameIndex(Index a, Index b) {
        return a.unique() == b.unique() && SqlTokens.sameSql(String.join(",", a.keys()), String.join(",", b.keys()))
                && SqlTokens.sameSql(a.where(), b.where());
    }

    private static List<String> onlyIn(List<String> these, List<String> those) {
        return these.stream().filter(c -> those.stream().noneMatch(o -> SqlTokens.sameSql(c, o))).toList();
    }
}
