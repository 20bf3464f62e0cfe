package com.zepix.db.ops.schema;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.ops.schema.SchemaModel.Table;
import java.util.List;

/**
 * What differs in one database between two sides: tables added and removed, the tables that
 * changed, and the migration files that differ.
 */
public record DatabaseDiff(DatabaseFile database, List<Table> tablesAdded, List<String> tablesRemoved,
        List<TableDiff> tablesChanged, List<MigrationFileChange> migrationFiles) {

    public DatabaseDiff {
        tablesAdded = List.copyOf(tablesAdded);
        tablesRemoved = List.copyOf(tablesRemoved);
        tablesChanged = List.copyOf(tablesChanged);
        migrationFiles = List.copyOf(migrationFiles);
    }

    static DatabaseDiff between(DatabaseFile database, SchemaModel from, SchemaModel to,
            List<MigrationFileChange> migrationFiles) {
        return new DatabaseDiff(database,
                to.tables().values().stream().filter(t -> !from.tables().containsKey(t.name())).toList(),
                from.tables().keySet().stream().filter(name -> !to.tables().containsKey(name)).toList(),
                to.tables().values().stream()
                        .filter(t -> from.tables().containsKey(t.name()))
                        .map(t -> TableDiff.between(from.tables().get(t.name()), t))
                        .filter(d -> !d.isEmpty())
                        .toList(),
                migrationFiles);
    }

    public boolean isEmpty() {
        return tablesAdded.isEmpty() && tablesRemoved.isEmpty() && tablesChanged.isEmpty() && migrationFiles.isEmpty();
    }
}
