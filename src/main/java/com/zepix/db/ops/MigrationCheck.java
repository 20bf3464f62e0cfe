package com.zepix.db.ops;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.SchemaMigrations;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.ErrorCode;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * Compares a database's Flyway history with this jar's migrations, read-only, and says in one
 * sentence each what does not match.
 *
 * @param problems what does not match; empty when the history is this version's (or, with pending
 *     allowed, a prefix of it)
 * @param currentVersion the latest applied migration, or null when none is
 */
record MigrationCheck(List<String> problems, String currentVersion) {

    static MigrationCheck of(DatabaseFile file, DataSource dataSource, boolean pendingIsProblem) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!SqliteChecks.tables(c).contains(SchemaMigrations.FLYWAY_HISTORY_TABLE)) {
                return new MigrationCheck(List.of("has no " + SchemaMigrations.FLYWAY_HISTORY_TABLE
                        + " table: it was not made by zepix-db init"), null);
            }
        }
        return validate(SchemaMigrations.flyway(file, dataSource), pendingIsProblem);
    }

    /** The same comparison for any Flyway set-up, e.g. a PostgreSQL central's own migrations. */
    static MigrationCheck validate(Flyway configured, boolean pendingIsProblem) {
        // Flyway ignores a newer version's migrations by default ("*:future"); here they must show.
        Flyway flyway = Flyway.configure(MigrationCheck.class.getClassLoader())
                .configuration(configured.getConfiguration())
                .ignoreMigrationPatterns(new String[0])
                .load();
        List<String> problems = new ArrayList<>();
        ValidateResult result = flyway.validateWithResult();
        for (ValidateOutput invalid : result.invalidMigrations) {
            String sentence = describe(invalid);
            if (pendingIsProblem || invalid.errorDetails.errorCode != CoreErrorCode.RESOLVED_VERSIONED_MIGRATION_NOT_APPLIED) {
                problems.add(sentence);
            }
        }
        if (!result.validationSuccessful && result.invalidMigrations.isEmpty() && result.errorDetails != null) {
            problems.add("Flyway validation failed: " + result.errorDetails.errorMessage.strip().lines().findFirst().orElse(""));
        }
        MigrationInfo current = flyway.info().current();
        return new MigrationCheck(List.copyOf(problems), current == null ? null : current.getVersion().getVersion());
    }

    private static String describe(ValidateOutput invalid) {
        String migration = "migration V" + invalid.version + " (" + invalid.description + ")";
        ErrorCode code = invalid.errorDetails.errorCode;
        if (code == CoreErrorCode.RESOLVED_VERSIONED_MIGRATION_NOT_APPLIED) {
            return migration + " is pending: run init to upgrade the database";
        }
        if (code == CoreErrorCode.APPLIED_VERSIONED_MIGRATION_NOT_RESOLVED) {
            return migration + " is unknown to this version: the database was migrated by a newer zepix-db";
        }
        if (code == CoreErrorCode.CHECKSUM_MISMATCH || code == CoreErrorCode.DESCRIPTION_MISMATCH || code == CoreErrorCode.TYPE_MISMATCH) {
            return migration + " as applied differs from this version's (" + code.toString().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
        }
        if (code == CoreErrorCode.FAILED_VERSIONED_MIGRATION) {
            return migration + " failed when it was applied";
        }
        return migration + ": " + invalid.errorDetails.errorMessage.strip().lines().findFirst().orElse(code.toString());
    }
}
