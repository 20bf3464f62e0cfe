package com.zepix.db.core;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Flyway configured the one way this project uses it, for build-time tests and run-time init alike. */
public final class SchemaMigrations {

    /** Bookkeeping tables that live beside the domain tables but are never counted as them. */
    public static final String FLYWAY_HISTORY_TABLE = "flyway_schema_history";
    public static final String SQLITE_SEQUENCE_TABLE = "sqlite_sequence";

    private SchemaMigrations() {
    }

    /** Flyway over {@code dataSource} with the migrations packaged in this jar for {@code file}. */
    public static Flyway flyway(DatabaseFile file, DataSource dataSource) {
        return flyway(file, dataSource, file.classpathLocation());
    }

    /** With an explicit location, e.g. {@code filesystem:schema/v3} for tools that read a source tree. */
    public static Flyway flyway(DatabaseFile file, DataSource dataSource, String location) {
        return flyway(dataSource, location);
    }

    /** Flyway over {@code location}'s migrations, e.g. {@link PostgresCentral#MIGRATIONS}. */
    public static Flyway flyway(DataSource dataSource, String location) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(location)
                .table(FLYWAY_HISTORY_TABLE)
                .cleanDisabled(true)
                .validateMigrationNaming(true)
                .load();
    }

    /** Whether {@code name} is Flyway's history or SQLite's sequence table, not a domain table. */
    public static boolean isBookkeepingTable(String name) {
        return FLYWAY_HISTORY_TABLE.equalsIgnoreCase(name) || SQLITE_SEQUENCE_TABLE.equalsIgnoreCase(name);
    }

    /** A table that holds data: not Flyway's history, nor {@code sqlite_sequence} or any other of SQLite's own. */
    public static boolean isDomainTable(String name) {
        return !isBookkeepingTable(name) && !name.toLowerCase(java.util.Locale.ROOT).startsWith("sqlite_");
    }
}
