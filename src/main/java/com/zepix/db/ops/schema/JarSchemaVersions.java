package com.zepix.db.ops.schema;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.MigrationHistory;
import com.zepix.db.core.ZepixDbException;
import java.util.EnumMap;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.sqlite.SQLiteDataSource;

/**
 * The schema version each database has once this jar's migrations are applied: the highest
 * migration packaged for it. Worked out by Flyway against an empty in-memory database, so asking
 * writes no file and takes no lock.
 */
public final class JarSchemaVersions {

    private static final Map<DatabaseFile, String> CACHE = new EnumMap<>(DatabaseFile.class);

    private JarSchemaVersions() {
    }

    public static synchronized String latest(DatabaseFile db) {
        return CACHE.computeIfAbsent(db, JarSchemaVersions::read);
    }

    /** All three, in the order of {@link DatabaseFile}. */
    public static Map<DatabaseFile, String> all() {
        Map<DatabaseFile, String> all = new EnumMap<>(DatabaseFile.class);
        for (DatabaseFile db : DatabaseFile.values()) {
            all.put(db, latest(db));
        }
        return all;
    }

    /** An empty database's history has every packaged migration pending. */
    private static String read(DatabaseFile db) {
        SQLiteDataSource memory = new SQLiteDataSource();
        memory.setUrl("jdbc:sqlite::memory:");
        return MigrationHistory.read(db, memory).latestPackaged().map(MigrationVersion::getVersion)
                .orElseThrow(() -> new ZepixDbException("this jar carries no migrations for the " + db.title()));
    }
}
