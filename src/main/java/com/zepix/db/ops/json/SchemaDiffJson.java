package com.zepix.db.ops.json;

import com.zepix.db.ops.schema.BreakingChanges;
import com.zepix.db.ops.schema.DatabaseDiff;
import com.zepix.db.ops.schema.SchemaDiff;
import com.zepix.db.ops.schema.SchemaModel;
import com.zepix.db.ops.schema.SchemaModel.Column;
import com.zepix.db.ops.schema.SchemaModel.Index;
import com.zepix.db.ops.schema.SchemaModel.Table;
import com.zepix.db.ops.schema.TableDiff;
import java.util.List;
import java.util.Locale;

/**
 * A {@link SchemaDiff} as JSON for tools ({@code schema-diff --json}). Every database that differs
 * has every key, empty lists included, so a tool need not test for absent keys; databases without
 * differences are left out. Each breaking item carries {@code "breaking": true} and is listed once
 * more, with its reason, in the top-level {@code breaking_changes}.
 *
 * @param kind {@code revisions} or {@code drift}
 */
public record SchemaDiffJson(int formatVersion, String command, String kind, String from, String to, boolean changed,
        boolean breaking, List<BreakingChanges.Breaking> breakingChanges, List<Database> databases) {

    public static final int FORMAT_VERSION = 1;

    /**
     * @param doesNotApply why the compared side's migrations fail to apply (breaking; the other lists
     *     then hold only the migration files); null when they apply
     */
    public record Database(String database, String title, String doesNotApply, List<MigrationFile> migrationFiles,
            List<TableJson> tablesAdded, List<RemovedTable> tablesRemoved, List<ChangedTable> tablesChanged,
            List<ChangedView> viewsChanged) {
    }

    /**
     * @param change added, removed or changed
     * @param from the CREATE text before, null when added
     * @param to the CREATE text after, null when removed
     */
    public record ChangedView(String name, String change, String from, String to, boolean breaking) {
    }

    /** @param change added, removed or changed */
    public record MigrationFile(String file, String change, String detail, boolean breaking) {
    }

    public record RemovedTable(String name, boolean breaking) {
    }

    public record TableJson(String name, List<ColumnJson> columns, List<IndexJson> indexes, List<String> constraints,
            List<TriggerJson> triggers) {
    }

    public record ChangedTable(String table, List<ColumnJson> columnsAdded, List<ColumnJson> columnsRemoved,
            List<ChangedColumn> columnsChanged, List<IndexJson> indexesAdded, List<IndexJson> indexesRemoved,
            List<ChangedIndex> indexesChanged, List<PropertyChange> constraintsChanged, List<TriggerJson> triggersAdded,
            List<TriggerJson> triggersRemoved, List<TriggerJson> triggersChanged, PropertyChange columnOrder) {
    }

    /** @param event when it fires, e.g. {@code AFTER UPDATE OF entry_time}; {@code sql} the whole statement */
    public record TriggerJson(String name, String event, String sql) {
    }

    /** @param breaking whether adding or removing this column (as the list says) breaks something */
    public record ColumnJson(String name, String type, boolean notNull, String defaultValue, List<String> checks,
            boolean primaryKey, boolean autoincrement, boolean unique, String references, boolean breaking) {
    }

    public record ChangedColumn(String column, List<PropertyChange> changes) {
    }

    /** @param property as SQL names it: type, NOT NULL, DEFAULT, CHECK, ...; or constraint */
    public record PropertyChange(String property, String from, String to, boolean breaking) {
    }

    public record IndexJson(String name, boolean unique, List<String> keys, String where, boolean breaking) {
    }

    public record ChangedIndex(String index, IndexJson from, IndexJson to) {
    }

    public static SchemaDiffJson of(SchemaDiff diff) {
        List<BreakingChanges.Breaking> breaking = diff.breakingChanges();
        return new SchemaDiffJson(FORMAT_VERSION, "schema-diff", diff.kind().name().toLowerCase(Locale.ROOT), diff.from(),
                diff.to(), diff.hasChanges(), !breaking.isEmpty(), breaking,
                diff.databases().stream().map(SchemaDiffJson::database).toList());
    }

    public static String render(SchemaDiff diff) {
        return JsonOutput.pretty(of(diff));
    }

    private static Database database(DatabaseDiff d) {
        return new Database(d.database().schemaFolder(), d.database().title(), d.doesNotApply(),
                d.migrationFiles().stream().map(f -> new MigrationFile(f.file(), f.kind().word(), f.detail(),
                        BreakingChanges.reason(f).isPresent())).toList(),
                d.tablesAdded().stream().map(SchemaDiffJson::table).toList(),
                d.tablesRemoved().stream().map(t -> new RemovedTable(t, true)).toList(),
                d.tablesChanged().stream().map(SchemaDiffJson::changedTable).toList(),
                d.viewsChanged().stream().map(v -> new ChangedView(v.name(), v.change(), v.from(), v.to(),
                        BreakingChanges.reason(v).isPresent())).toList());
    }

    private static ChangedTable changedTable(TableDiff t) {
        return new ChangedTable(t.table(),
                t.columnsAdded().stream().map(c -> column(c, BreakingChanges.addedColumn(c).isPresent())).toList(),
                t.columnsRemoved().stream().map(c -> column(c, true)).toList(),
                t.columnsChanged().stream().map(c -> new ChangedColumn(c.column(), c.changes().stream()
                        .map(ch -> new PropertyChange(ch.what(), ch.from(), ch.to(), BreakingChanges.isBreaking(c, ch)))
                        .toList())).toList(),
                t.indexesAdded().stream().map(i -> index(i, false)).toList(),
                t.indexesRemoved().stream().map(i -> index(i, true)).toList(),
                t.indexesChanged().stream().map(c -> new ChangedIndex(c.index(), index(c.from(), false), index(c.to(), false)))
                        .toList(),
                t.constraintsChanged().stream().map(c -> new PropertyChange(c.what(), c.from(), c.to(), false)).toList(),
                t.triggersAdded().stream().map(SchemaDiffJson::trigger).toList(),
                t.triggersRemoved().stream().map(SchemaDiffJson::trigger).toList(),
                t.triggersChanged().stream().map(SchemaDiffJson::trigger).toList(),
                t.columnOrder() == null ? null
                        : new PropertyChange(t.columnOrder().what(), t.columnOrder().from(), t.columnOrder().to(), true));
    }

    private static TableJson table(Table t) {
        return new TableJson(t.name(), t.columns().stream().map(c -> column(c, false)).toList(),
                t.indexes().stream().map(i -> index(i, false)).toList(), t.tableConstraints(),
                t.triggers().stream().map(SchemaDiffJson::trigger).toList());
    }

    private static ColumnJson column(Column c, boolean breaking) {
        return new ColumnJson(c.name(), c.type(), c.notNull(), c.defaultValue(), c.checks(), c.primaryKey(),
                c.autoincrement(), c.unique(), c.references(), breaking);
    }

    private static TriggerJson trigger(SchemaModel.Trigger t) {
        return new TriggerJson(t.name(), t.event(), t.oneLine());
    }

    private static IndexJson index(Index i, boolean breaking) {
        return new IndexJson(i.name(), i.unique(), i.keys(), i.where(), breaking);
    }
}
