package com.zepix.db.ops.schema;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.MigrationHistory;
import com.zepix.db.core.SchemaMigrations;
import com.zepix.db.core.SqliteConnections;
import com.zepix.db.ops.sqlite.ReadOnlyDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.sqlite.SQLiteDataSource;

/**
 * Compares a live database file with what this program's migrations, up to the version its
 * {@code flyway_schema_history} says it reached, produce: a column added by hand, an index dropped,
 * a foreign view or trigger, an applied migration whose text has changed since. Opens the file
 * read-only (SQLite refuses any write through the connection) and never migrates it; the expected
 * schema is built in memory ({@link ExpectedSchema}), and the comparison is the one verify and
 * restore make.
 *
 * <p>Opened as {@code verify} opens files ({@link ReadOnlyDatabase}): {@code immutable} only when
 * no {@code -wal} exists, i.e. no connection has the file open, so a closed database is read
 * without leaving {@code -wal}/{@code -shm} behind, and a live one is read with its locks.
 */
public final class SchemaDriftCheck {

    private SchemaDriftCheck() {
    }

    /** @return the differences, "added" meaning only in the live file, "removed" missing from it */
    public static SchemaDiff check(Path liveFile) {
        SqliteConnections.requireSqliteFile(liveFile);
        SQLiteDataSource readOnly = ReadOnlyDatabase.dataSource(liveFile);
        SchemaModel live;
        try (Connection c = readOnly.getConnection()) {
            live = SchemaReader.read(c);
        } catch (SQLException e) {
            throw new SchemaReviewException(liveFile + " cannot be read: " + e.getMessage(), e);
        }
        DatabaseFile db = DatabaseIdentity.of(liveFile, live);
        MigrationHistory history = history(db, liveFile, readOnly);
        MigrationVersion applied = appliedVersion(liveFile, history);
        DatabaseDiff diff = DatabaseDiff.between(db, ExpectedSchema.at(db, applied).model(), live,
                differingMigrations(history));
        return new SchemaDiff(SchemaDiff.Kind.DRIFT, "migrations up to version " + applied, liveFile.toString(),
                List.of(diff));
    }

    private static MigrationHistory history(DatabaseFile db, Path liveFile, SQLiteDataSource readOnly) {
        try {
            return MigrationHistory.read(db, readOnly);
        } catch (FlywayException e) {
            throw new SchemaReviewException(liveFile + " has no readable schema history: " + FlywayMessages.oneLine(e), e);
        }
    }

    private static MigrationVersion appliedVersion(Path liveFile, MigrationHistory history) {
        MigrationVersion last = history.current().orElseThrow(() -> new SchemaReviewException(liveFile + " has no "
                + SchemaMigrations.FLYWAY_HISTORY_TABLE
                + ": it was not made by zepix-db's migrations, so there is nothing to compare it with"));
        if (history.isNewer()) {
            throw new SchemaReviewException(liveFile + " is at schema version " + last
                    + ", newer than this program's migrations: check it with the zepix-db that upgraded it");
        }
        return last;
    }

    /** Applied migrations that this program's copies no longer match: changed since, gone, or failed. */
    private static List<MigrationFileChange> differingMigrations(MigrationHistory history) {
        List<MigrationFileChange> changes = new ArrayList<>();
        for (MigrationInfo m : history.applied()) {
            if (m.getState().isFailed()) {
                changes.add(new MigrationFileChange(m.getScript(), MigrationFileChange.Kind.CHANGED,
                        "failed when it was applied (state " + m.getState().getDisplayName() + ")"));
            } else if (m.getResolvedChecksum() == null) {
                changes.add(new MigrationFileChange(m.getScript(), MigrationFileChange.Kind.REMOVED,
                        "applied, but not among this program's migrations"));
            } else if (!m.isChecksumMatching()) {
                changes.add(new MigrationFileChange(m.getScript(), MigrationFileChange.Kind.CHANGED,
                        "applied with checksum " + m.getAppliedChecksum() + ", this program's copy has "
                                + m.getResolvedChecksum()));
            }
        }
        return changes;
    }
}
