package com.zepix.db.ops.schema;

import com.zepix.db.core.DatabaseFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a schema comparison, ready to render as Markdown or JSON.
 *
 * @param kind two revisions of {@code schema/}, or a live database against its migrations
 * @param from the reference side: a revision, or (drift) the migrations the live file claims to have applied
 * @param to the compared side: a revision or {@link MigrationSet#WORKING_TREE}, or (drift) the live file
 * @param databases only the databases in which something differs, in {@link DatabaseFile} order
 */
public record SchemaDiff(Kind kind, String from, String to, List<DatabaseDiff> databases) {

    public enum Kind { REVISIONS, DRIFT }

    public SchemaDiff {
        databases = databases.stream().filter(d -> !d.isEmpty()).toList();
    }

    /** Applies both sets of migrations, database by database, and compares what they produce. */
    public static SchemaDiff between(MigrationSet from, MigrationSet to) {
        List<DatabaseDiff> databases = new ArrayList<>();
        for (DatabaseFile db : DatabaseFile.values()) {
            List<MigrationFileChange> files = MigrationSet.changes(db, from, to);
            if (!files.isEmpty()) { // the same files produce the same schema: no need to apply them
                SchemaModel before = MigrationApplier.apply(db, from);
                SchemaModel after;
                try {
                    after = MigrationApplier.apply(db, to);
                } catch (MigrationsDoNotApplyException e) {
                    // What review must show most of all (an edited V1 that V2 no longer fits), not a failure to compare.
                    databases.add(DatabaseDiff.notApplying(db, files, e.getMessage()));
                    continue;
                }
                databases.add(DatabaseDiff.between(db, before, after, files));
            }
        }
        return new SchemaDiff(Kind.REVISIONS, from.label(), to.label(), databases);
    }

    public boolean hasChanges() {
        return !databases.isEmpty();
    }

    /** The differences that break deployed databases or the code on them; see {@link BreakingChanges}. */
    public List<BreakingChanges.Breaking> breakingChanges() {
        return BreakingChanges.of(this);
    }

    public boolean isBreaking() {
        return !breakingChanges().isEmpty();
    }
}
