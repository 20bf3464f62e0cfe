package com.zepix.db.core;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
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

    public static void requireCurrent(DatabaseFile file, Path path, SqliteSettings settings) {
        SQLiteConfig config = settings.forReading();
        MigrationInfoService info;
        try {
            info = SchemaMigrations.flyway(file, SqliteConnections.dataSource(path, config)).info();
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException(path, "cannot be read as a " + file.title() + ": " + e.getMessage(), e);
        }
        requireCurrent(info, problem -> new DatabaseUnavailableException(path, problem));
    }

    /** The same check for a central on a PostgreSQL server, against its own migrations. */
    public static void requireCurrent(PostgresCentral central) {
        MigrationInfoService info;
        try {
            info = SchemaMigrations.flyway(central.dataSource(), PostgresCentral.MIGRATIONS).info();
        } catch (RuntimeException e) {
            throw new ZepixDbException(central.describe() + " cannot be read as a central database: "
                    + central.safeMessage(e.getCause() != null ? e.getCause() : e), e);
        }
        requireCurrent(info, problem -> new ZepixDbException(central.describe() + " " + problem));
    }

    private static void requireCurrent(MigrationInfoService info, Function<String, ZepixDbException> unavailable) {
        MigrationInfo current = info.current();
        if (current == null) {
            throw unavailable.apply("has no schema history: it was not created by zepix-db; run 'zepix-db init'");
        }
        boolean newer = Arrays.stream(info.applied()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
        if (newer) {
            throw unavailable.apply("is at schema version " + current.getVersion()
                    + ", newer than this program knows: upgrade zepix-db, or restore a backup made by this version");
        }
        if (info.pending().length > 0) {
            throw unavailable.apply("is at schema version " + current.getVersion()
                    + " but this program needs " + info.pending()[info.pending().length - 1].getVersion()
                    + ": run 'zepix-db init' to upgrade it");
        }
        boolean failed = Arrays.stream(info.applied()).anyMatch(m -> m.getState().isFailed());
        if (failed) {
            throw unavailable.apply("has a failed migration in its history: restore a backup");
        }
    }
}
