package com.zepix.db.ops.schema;

import com.zepix.db.ops.schema.SchemaModel.Column;
import com.zepix.db.ops.schema.SchemaModel.Index;
import com.zepix.db.ops.schema.SchemaModel.Table;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link SchemaDiff} as JSON for tools. Every database that differs has every key, empty lists
 * included, so a tool need not test for absent keys; databases without differences are left out.
 */
public final class SchemaDiffJson {

    private SchemaDiffJson() {
    }

    public static String render(SchemaDiff diff) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("kind", diff.kind().name().toLowerCase(Locale.ROOT));
        root.put("from", diff.from());
        root.put("to", diff.to());
        root.put("changed", diff.hasChanges());
        root.put("databases", diff.databases().stream().map(SchemaDiffJson::database).toList());
        return Json.write(root);
    }

    private static Map<String, Object> database(DatabaseDiff d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("database", d.database().schemaFolder());
        m.put("title", d.database().title());
        m.put("migrationFiles", d.migrationFiles().stream().map(f -> {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("file", f.file());
            file.put("change", f.kind().word());
            file.put("detail", f.detail());
            return file;
        }).toList());
        m.put("tablesAdded", d.tablesAdded().stream().map(SchemaDiffJson::table).toList());
        m.put("tablesRemoved", d.tablesRemoved());
        m.put("tablesChanged", d.tablesChanged().stream().map(SchemaDiffJson::tableDiff).toList());
        return m;
    }

    private static Map<String, Object> tableDiff(TableDiff t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("table", t.table());
        m.put("columnsAdded", t.columnsAdded().stream().map(SchemaDiffJson::column).toList());
        m.put("columnsRemoved", t.columnsRemoved().stream().map(SchemaDiffJson::column).toList());
        m.put("columnsChanged", t.columnsChanged().stream().map(c -> {
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("column", c.column());
            column.put("changes", c.changes().stream().map(SchemaDiffJson::change).toList());
            return column;
        }).toList());
        m.put("indexesAdded", t.indexesAdded().stream().map(SchemaDiffJson::index).toList());
        m.put("indexesRemoved", t.indexesRemoved().stream().map(SchemaDiffJson::index).toList());
        m.put("indexesChanged", t.indexesChanged().stream().map(c -> {
            Map<String, Object> index = new LinkedHashMap<>();
            index.put("index", c.index());
            index.put("from", index(c.from()));
            index.put("to", index(c.to()));
            return index;
        }).toList());
        m.put("constraintsChanged", t.constraintsChanged().stream().map(SchemaDiffJson::change).toList());
        m.put("triggersAdded", t.triggersAdded().stream().map(SchemaDiffJson::trigger).toList());
        m.put("triggersRemoved", t.triggersRemoved().stream().map(SchemaDiffJson::trigger).toList());
        m.put("triggersChanged", t.triggersChanged().stream().map(SchemaDiffJson::trigger).toList());
        return m;
    }

    private static Map<String, Object> change(TableDiff.Change c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("property", c.what());
        m.put("from", c.from());
        m.put("to", c.to());
        return m;
    }

    private static Map<String, Object> table(Table t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("columns", t.columns().stream().map(SchemaDiffJson::column).toList());
        m.put("indexes", t.indexes().stream().map(SchemaDiffJson::index).toList());
        m.put("constraints", t.tableConstraints());
        m.put("triggers", t.triggers().stream().map(SchemaDiffJson::trigger).toList());
        return m;
    }

    private static Map<String, Object> column(Column c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("type", c.type());
        m.put("notNull", c.notNull());
        m.put("default", c.defaultValue());
        m.put("checks", c.checks());
        m.put("primaryKey", c.primaryKey());
        m.put("autoincrement", c.autoincrement());
        m.put("unique", c.unique());
        m.put("references", c.references());
        return m;
    }

    private static Map<String, Object> index(Index i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", i.name());
        m.put("unique", i.unique());
        m.put("keys", i.keys());
        m.put("where", i.where());
        return m;
    }

    private static Map<String, Object> trigger(SchemaModel.Trigger t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("event", t.event());
        m.put("sql", t.sql());
        return m;
    }
}
