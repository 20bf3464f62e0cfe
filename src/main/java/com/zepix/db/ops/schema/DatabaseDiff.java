package com.zepix.db.ops.schema;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.ops.schema.SchemaModel.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What differs in one database between two sides: tables added and removed, the tables that
 * changed (their triggers included), views added, removed or redefined, and the migration files
 * that differ. The one diff engine: schema-diff renders it, verify and restore turn it into findings.
 *
 * @param doesNotApply why the compared side's migrations fail to apply (then nothing but the migration
 *     files can be compared); null when they apply
 */
public record DatabaseDiff(DatabaseFile database, List<Table> tablesAdded, List<String> tablesRemoved,
        List<TableDiff> tablesChanged, List<ViewChange> viewsChanged, List<MigrationFileChange> migrationFiles,
        String doesNotApply) {

    /**
     * A view that differs.
     *
     * @param from its {@linkplain SchemaModel.View#definition() definition} before, or null when it was added
     * @param to its definition after, or null when it was removed
     * @param triggers the names of its triggers after (before, when it was removed), in name order
     */
    public record ViewChange(String name, String from, String to, List<String> triggers) {

        public ViewChange {
            triggers = List.copyOf(triggers);
        }

        static ViewChange of(SchemaModel.View from, SchemaModel.View to) {
            SchemaModel.View named = to == null ? from : to;
            return new ViewChange(named.name(), from == null ? null : from.definition(), to == null ? null : to.definition(),
                    named.triggers().stream().map(SchemaModel.Trigger::name).toList());
        }

        public String change() {
            return from == null ? "added" : to == null ? "removed" : "changed";
        }

        /** " (with trigger t)" when the view has triggers: each can write any table. */
        public String withTriggers(UnaryOperator<String> quote) {
            return triggers.isEmpty() ? "" : " (with trigger" + (triggers.size() > 1 ? "s " : " ")
                    + String.join(", ", triggers.stream().map(quote).toList()) + ")";
        }
    }

    public DatabaseDiff {
        tablesAdded = List.copyOf(tablesAdded);
        tablesRemoved = List.copyOf(tablesRemoved);
        tablesChanged = List.copyOf(tablesChanged);
        viewsChanged = List.copyOf(viewsChanged);
        migrationFiles = List.copyOf(migrationFiles);
    }

    public static DatabaseDiff between(DatabaseFile database, SchemaModel from, SchemaModel to,
            List<MigrationFileChange> migrationFiles) {
        List<ViewChange> views = new ArrayList<>();
        from.views().values().stream().filter(v -> !to.views().containsKey(v.name()))
                .forEach(v -> views.add(ViewChange.of(v, null)));
        to.views().values().stream().filter(v -> !from.views().containsKey(v.name()))
                .forEach(v -> views.add(ViewChange.of(null, v)));
        to.views().values().stream().filter(v -> from.views().containsKey(v.name())
                        && !SqlTokens.sameSql(from.views().get(v.name()).definition(), v.definition()))
                .forEach(v -> views.add(ViewChange.of(from.views().get(v.name()), v)));
        return new DatabaseDiff(database,
                to.tables().values().stream().filter(t -> !from.tables().containsKey(t.name())).toList(),
                from.tables().keySet().stream().filter(name -> !to.tables().containsKey(name)).toList(),
                to.tables().values().stream()
                        .filter(t -> from.tables().containsKey(t.name()))
                        .map(t -> TableDiff.between(from.tables().get(t.name()), t))
                        .filter(d -> !d.isEmpty())
                        .toList(),
                views,
                migrationFiles,
                null);
    }

    /**
     * The compared side's migrations fail to apply, e.g. an edited applied migration that a later
     * one no longer fits: only the migration files that differ, and why they fail.
     */
    public static DatabaseDiff notApplying(DatabaseFile database, List<MigrationFileChange> migrationFiles, String why) {
        return new DatabaseDiff(database, List.of(), List.of(), List.of(), List.of(), migrationFiles, why);
    }

    public boolean isEmpty() {
        return tablesAdded.isEmpty() && tablesRemoved.isEmpty() && tablesChanged.isEmpty()
                && viewsChanged.isEmpty() && migrationFiles.isEmpty() && doesNotApply == null;
    }
}
