package com.zepix.db.ops.schema;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.ops.schema.SchemaModel.Definition;
import com.zepix.db.ops.schema.SchemaModel.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What differs in one database between two sides: tables added and removed, the tables that
 * changed, views and triggers added, removed or redefined, and the migration files that differ.
 * The one diff engine: schema-diff renders it, verify and restore turn it into findings.
 */
public record DatabaseDiff(DatabaseFile database, List<Table> tablesAdded, List<String> tablesRemoved,
        List<TableDiff> tablesChanged, List<DefinitionChange> definitionsChanged,
        List<MigrationFileChange> migrationFiles) {

    /**
     * A view or trigger that differs.
     *
     * @param kind {@code view} or {@code trigger}
     * @param from its CREATE text before, or null when it was added
     * @param to its CREATE text after, or null when it was removed
     */
    public record DefinitionChange(String kind, String name, String from, String to) {

        public String change() {
            return from == null ? "added" : to == null ? "removed" : "changed";
        }
    }

    public DatabaseDiff {
        tablesAdded = List.copyOf(tablesAdded);
        tablesRemoved = List.copyOf(tablesRemoved);
        tablesChanged = List.copyOf(tablesChanged);
        definitionsChanged = List.copyOf(definitionsChanged);
        migrationFiles = List.copyOf(migrationFiles);
    }

    public static DatabaseDiff between(DatabaseFile database, SchemaModel from, SchemaModel to,
            List<MigrationFileChange> migrationFiles) {
        List<DefinitionChange> definitions = new ArrayList<>();
        compare(from.views(), to.views(), definitions);
        compare(from.triggers(), to.triggers(), definitions);
        return new DatabaseDiff(database,
                to.tables().values().stream().filter(t -> !from.tables().containsKey(t.name())).toList(),
                from.tables().keySet().stream().filter(name -> !to.tables().containsKey(name)).toList(),
                to.tables().values().stream()
                        .filter(t -> from.tables().containsKey(t.name()))
                        .map(t -> TableDiff.between(from.tables().get(t.name()), t))
                        .filter(d -> !d.isEmpty())
                        .toList(),
                definitions,
                migrationFiles);
    }

    private static void compare(Map<String, Definition> from, Map<String, Definition> to, List<DefinitionChange> changes) {
        from.values().stream().filter(d -> !to.containsKey(d.name()))
                .forEach(d -> changes.add(new DefinitionChange(d.kind(), d.name(), d.sql(), null)));
        to.values().stream().filter(d -> !from.containsKey(d.name()))
                .forEach(d -> changes.add(new DefinitionChange(d.kind(), d.name(), null, d.sql())));
        to.values().stream().filter(d -> from.containsKey(d.name())
                        && !SqlTokens.sameSql(from.get(d.name()).sql(), d.sql()))
                .forEach(d -> changes.add(new DefinitionChange(d.kind(), d.name(), from.get(d.name()).sql(), d.sql())));
    }

    public boolean isEmpty() {
        return tablesAdded.isEmpty() && tablesRemoved.isEmpty() && tablesChanged.isEmpty()
                && definitionsChanged.isEmpty() && migrationFiles.isEmpty();
    }
}
