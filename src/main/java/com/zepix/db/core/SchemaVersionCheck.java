package com.zepix.db.core;

import java.nio.file.Path;
import java.util.function.Function;
import org.flywaydb.core.api.MigrationVersion;
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
        MigrationHistory history;
        try {
            history = MigrationHistory.read(file, SqliteConnections.dataSource(path, config));
        } catch (RuntimeException e) {
            String cause = SqliteFailures.cause(e, path, settings.busyTimeout());
            throw new DatabaseUnavailableException(path, cause != null ? cause
                    : "cannot be read as a " + file.title() + ": " + e.getMessage(), e);
        }
        requireCurrent(history, problem -> new DatabaseUnavailableException(path, problem));
    }

    /** The same check for a central on a PostgreSQL server, against its own migrations. */
    public static void requireCurrent(PostgresCentral central) {
        MigrationHistory history;
        try {
            history = MigrationHistory.read(SchemaMigrations.flyway(central.dataSource(), PostgresCentral.MIGRATIONS));
        } catch (RuntimeException e) {
            throw new ZepixDbException(central.describe() + " cannot be read as a central database: "
                    + central.safeMessage(e.getCause() != null ? e.getCause() : e), e);
        }
        requireCurrent(history, problem -> new ZepixDbException(central.describe() + " " + problem));
    }

    private static void requireCurrent(MigrationHistory history, Function<String, ZepixDbException> unavailable) {
        MigrationVersion current = history.current().orElseThrow(() -> unavailable.apply(
                "has no schema history: it was not created by zepix-db; run 'zepix-db init'"));
        if (history.isNewer()) {
            throw unavailable.apply("is at schema version " + current
                    + ", newer than this program knows: upgrade zepix-db, or restore a backup made by this version");
        }
        if (!history.pending().isEmpty()) {
            throw unavailable.apply("is at schema version " + current
                    + " but this program needs " + history.pending().get(history.pending().size() - 1).getVersion()
                    + ": run 'zepix-db init' to upgrade it");
        }
        if (history.hasFailed()) {
            throw unavailable.apply("has a failed migration in its history: restore a backup");
        }
    }
}
