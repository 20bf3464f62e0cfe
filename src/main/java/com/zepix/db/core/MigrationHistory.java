package com.zepix.db.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/**
 * A database's {@code flyway_schema_history} set against this jar's migrations: the one place the
 * history is read, by the stores' version check, init, verify, restore and the drift check alike.
 * Reading it changes nothing: Flyway's {@code info} creates no table and writes no row.
 *
 * @param applied the history's versioned entries, oldest first, with their states (a migration
 *     this jar lacks shows as future or missing, one whose text changed as not checksum-matching)
 * @param pending this jar's migrations the database has not applied, oldest first
 */
public record MigrationHistory(List<MigrationInfo> applied, List<MigrationInfo> pending) {

    public MigrationHistory {
        applied = List.copyOf(applied);
        pending = List.copyOf(pending);
    }

    /** @throws org.flywaydb.core.api.FlywayException when the file cannot be read as a database */
    public static MigrationHistory read(DatabaseFile file, DataSource dataSource) {
        return read(SchemaMigrations.flyway(file, dataSource));
    }

    /** The same for any Flyway set-up, e.g. a PostgreSQL central's own migrations. */
    public static MigrationHistory read(org.flywaydb.core.Flyway flyway) {
        MigrationInfoService info = flyway.info();
        return new MigrationHistory(
                Arrays.stream(info.applied()).filter(MigrationInfo::isVersioned).toList(),
                Arrays.stream(info.pending()).filter(MigrationInfo::isVersioned).toList());
    }

    /** Whether any migration was ever applied: a file without history was not made by zepix-db. */
    public boolean exists() {
        return !applied.isEmpty();
    }

    /** The latest applied version, if any. */
    public Optional<MigrationVersion> current() {
        return applied.isEmpty() ? Optional.empty() : Optional.of(applied.get(applied.size() - 1).getVersion());
    }

    /**
     * The newest migration this jar carries, applied or pending: the version the database reaches
     * once init has brought it up to date.
     */
    public Optional<MigrationVersion> latestPackaged() {
        return Stream.concat(applied.stream().filter(m -> m.getState().isResolved()), pending.stream())
                .map(MigrationInfo::getVersion).max(Comparator.naturalOrder());
    }

    /** Applied migrations that this jar does not have: a newer zepix-db applied them, or they were deleted since. */
    public List<MigrationInfo> unknown() {
        return applied.stream().filter(m -> !m.getState().isResolved()).toList();
    }

    /** Whether a newer zepix-db migrated the database past this jar's migrations. */
    public boolean isNewer() {
        return applied.stream().anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
    }

    /** Whether a migration in the history failed: the file needs a restore, not an upgrade. */
    public boolean hasFailed() {
        return applied.stream().anyMatch(m -> m.getState().isFailed());
    }

    /**
     * What does not match this jar's migrations, one sentence each, naming the migration.
     *
     * @param pendingIsProblem whether a database behind this jar (that init would upgrade) counts
     */
    public List<String> problems(boolean pendingIsProblem) {
        List<String> problems = new ArrayList<>();
        for (MigrationInfo m : applied) {
            describe(m).ifPresent(problems::add);
        }
        if (pendingIsProblem) {
            pending.forEach(m -> problems.add(name(m) + " is pending: run init to upgrade the database"));
        }
        return List.copyOf(problems);
    }

    private static Optional<String> describe(MigrationInfo m) {
        if (!m.getState().isResolved()) {
            return Optional.of(name(m) + " is unknown to this version: the database was migrated by a newer zepix-db");
        }
        if (m.getState().isFailed()) {
            return Optional.of(name(m) + " failed when it was applied");
        }
        if (!m.isChecksumMatching()) {
            return Optional.of(name(m) + " as applied differs from this version's (checksum mismatch)");
        }
        if (!m.isDescriptionMatching()) {
            return Optional.of(name(m) + " as applied differs from this version's (description mismatch)");
        }
        if (!m.isTypeMatching()) {
            return Optional.of(name(m) + " as applied differs from this version's (type mismatch)");
        }
        return Optional.empty();
    }

    private static String name(MigrationInfo m) {
        return "migration V" + m.getVersion() + " (" + m.getDescription() + ")";
    }
}
