package com.zepix.db.core;

import java.nio.file.Path;
import java.util.Arrays;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.sqlite.SQLiteConfig;

/**
 * Refuses to work on a database whose applied migrations are not exactly this build's: an older
 * one lacks columns the code writes, a newer one may have constraints the code does not know.
 * Reads only: Flyway's {@code info} does not create or change anything.
 */
public final class SchemaVersionCheck {

    private SchemaVersionCheck() {
    }

    /**
     * Passes only when {@code path} holds exactly this build's migrations, all successful.
     *
     * @throws DatabaseUnavailableException naming the file and what to run (init, an upgrade, a restore)
     */
    public static void requireCurrent(DatabaseFile file, Path path, SqliteSettings settings) {
        SQLiteConfig config = settings.forReading();
        MigrationInfoService info;
        try {
            info = SchemaMigrations.flyway(file, SqliteConnections.dataSource(path, config)).info();
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException(path, "cannot be read as a " + file.title() + ": " + e.getMessage(), e);
        }
        MigrationInfo current = info.current();
        if (current == null) {
            throw new DatabaseUnavailableException(path,
                    "has no schema history: it was not created by zepix-db; run 'zepix-db init'");
        }
        boolean newer = Arrays.stream(info.applied()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
        if (newer) {
            throw new DatabaseUnavailableException(path, "is at schema version " + current.getVersion()
                    + ", newer than this program knows: upgrade zepix-db, or restore a backup made by this version");
        }
        if (info.pending().length > 0) {
            throw new DatabaseUnavailableException(path, "is at schema version " + current.getVersion()
                    + " but this program needs " + info.pending()[info.pending().length - 1].getVersion()
                    + ": run 'zepix-db init' to upgrade it");
        }
        boolean failed = Arrays.stream(info.applied()).anyMatch(m -> m.getState().isFailed());
        if (failed) {
            throw new DatabaseUnavailableException(path, "has a failed migration in its history: restore a backup");
        }
    }
}
