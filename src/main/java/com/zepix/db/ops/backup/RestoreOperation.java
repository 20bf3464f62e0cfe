package com.zepix.db.ops.backup;

import com.zepix.db.ops.sqlite.OwnerOnly;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseUnavailableException;
import com.zepix.db.core.MigrationHistory;
import com.zepix.db.core.SchemaMigrations;
import com.zepix.db.core.SqliteConnections;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.core.ZepixDbException;
import com.zepix.db.ops.ProgressListener;
import com.zepix.db.ops.checks.RowConstraintCheck;
import com.zepix.db.ops.files.LivePaths;
import com.zepix.db.ops.schema.DatabaseDiff;
import com.zepix.db.ops.schema.DatabaseIdentity;
import com.zepix.db.ops.schema.ExpectedSchema;
import com.zepix.db.ops.schema.SchemaFindings;
import com.zepix.db.ops.schema.SchemaModel;
import com.zepix.db.ops.schema.SchemaReader;
import com.zepix.db.ops.schema.SchemaReviewException;
import com.zepix.db.ops.sqlite.ReadOnlyDatabase;
import com.zepix.db.ops.sqlite.SqliteChecks;
import com.zepix.db.ops.sqlite.SqliteCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup in place of one of the three databases. Everything that can refuse it runs before
 * the live file is touched: the source is checked (integrity, history, and a schema exactly what
 * its migrations make, views and triggers included), copied into a temp file in the data folder and
 * checked again. Then the live database's content is saved as {@code <database>_replaced_<stamp>.db}
 * (a consistent copy, renamed into that name only once complete and on disk), and the backup is
 * copied into the live database through SQLite's backup API, as one write transaction on the live
 * file. The file is never renamed under SQLite's connections: a process that has it open (but had
 * not read it, or the in-use probe would have refused) sees the restored content and its later
 * writes land in it safely. A crash leaves the live file with its old content or the new, each complete.
 *
 * <p>Only when there is no live database, or it is too damaged for SQLite to open or copy, is the
 * checked copy renamed into place instead (the damaged file kept under the replaced name): no
 * connection can be using such a file.
 */
public final class RestoreOperation {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreOperation.class);

    /** Long enough to ride out a checkpoint, short enough that a running bot is reported at once. */
    private static final Duration IN_USE_PROBE_TIMEOUT = Duration.ofMillis(500);

    private final Path dataDir;
    private final Path source;
    private final Clock clock;
    private final Integer keepReplaced;
    private final ProgressListener listener;

    public RestoreOperation(Path dataDir, Path source, Clock clock) {
        this(dataDir, source, clock, null, null);
    }

    /**
     * @param keepReplaced after the restore, keep only the newest N replaced copies of this database
     *     ({@code <database>_replaced_<stamp>.db}, the one just made included) and delete the older ones;
     *     null keeps all
     * @param listener hears how far the copy of the backup has come; null for none
     */
    public RestoreOperation(Path dataDir, Path source, Clock clock, Integer keepReplaced, ProgressListener listener) {
        if (keepReplaced != null && keepReplaced < 1) {
            throw new IllegalArgumentException("keep-replaced must be at least 1, not " + keepReplaced);
        }
        this.dataDir = dataDir;
        this.source = source;
        this.clock = clock;
        this.keepReplaced = keepReplaced;
        this.listener = listener;
    }

    /**
     * Restores {@code source} over the live database it is a copy of, keeping the replaced file.
     *
     * @throws RestoreRefusedException naming the file and the reason; nothing has changed then
     */
    public RestoreReport run() {
        try {
            return restore();
        } catch (RestoreRefusedException e) {
            LOG.warn(e.getMessage());
            throw e;
        }
    }

    private RestoreReport restore() {
        LivePaths.refuseRestoreSource(source, dataDir);
        Path temp = null;
        // Most of a large restore is checking: the backup (integrity, rows, schema), the checked copy,
        // and the live file once restored; the bar covers every step, the copy by its bytes.
        ProgressListener.Steps steps = ProgressListener.steps(listener, "restore " + source.getFileName(), 6);
        try {
            SqliteConnections.requireSqliteFile(source);
            SQLiteDataSource sourceData = ReadOnlyDatabase.dataSource(source);
            DatabaseFile db;
            String version;
            OwnerOnly.folder(dataDir);
            try (Connection c = sourceData.getConnection()) {
                SchemaModel schema = SchemaReader.read(c);
                db = identify(schema);
                steps.at(0);
                List<String> damage = SqliteChecks.integrityProblems(c);
                if (!damage.isEmpty()) {
                    throw new RestoreRefusedException(source + " fails integrity_check: " + damage.get(0));
                }
                steps.at(1);
                RowConstraintCheck.Result badRows = RowConstraintCheck.run(c);
                if (badRows.total() > 0) {
                    throw new RestoreRefusedException(source + " holds " + badRows.total() + " row(s) that break a"
                            + " constraint, first " + badRows.violations().get(0).describe(),
                            badRows.lines().stream().map(row -> source + ": " + row).toList());
                }
                steps.at(2);
                version = requireSchemaOfItsMigrations(db, sourceData, schema);
                removeLeftoversOfKilledRestores(db);
                temp = RestoreLeftovers.newRestoreCopy(dataDir, db);
                SqliteCopy.vacuumInto(c, temp, steps.during(3), source.getFileName().toString());
            }
            Path live = db.in(dataDir);
            steps.at(4);
            requireIntact(temp);
            String stamp = BackupNames.stamp(clock.instant());
            Path keptName = BackupNames.replaced(dataDir, db, stamp);
            if (Stream.concat(Stream.of(keptName), LivePaths.JOURNAL_SUFFIXES.stream().map(s -> ReadOnlyDatabase.sibling(keptName, s)))
                    .anyMatch(Files::exists)) {
                throw new RestoreRefusedException(keptName + " already exists (one restore per second at most)");
            }
            refuseIfInUse(live);
            steps.at(5);
            List<Path> kept = LiveRestore.intoLiveDatabase(db, temp, live, keptName);
            if (kept == null) {
                prepareForRename(temp, live);
                kept = swap(temp, live, keptName);
                temp = null;
            }
            steps.at(6);
            List<Path> removed = keepReplaced == null ? List.of() : pruneReplaced(db);
            LOG.info("restored {} from {}: schema version {}, replaced file kept as {}", live, source,
                    version, kept.isEmpty() ? "(none)" : kept.get(0));
            return new RestoreReport(db, source, live, kept, version, ExpectedSchema.latest(db).version(), removed);
        } catch (SQLException | IOException | FlywayException e) {
            throw new RestoreRefusedException(source + " could not be restored: " + SqliteChecks.firstLine(e));
        } catch (RestoreRefusedException e) {
            throw e;
        } catch (DatabaseUnavailableException e) {
            throw new RestoreRefusedException(e.getMessage());
        } finally {
            steps.end();
            if (temp != null) {
                deleteWithJournals(temp);
            }
        }
    }

    /**
     * Deletes all but the newest {@code keepReplaced} replaced copies of this database, each with
     * its journal files. Names carry a fixed-width UTC stamp, so name order is time order.
     */
    private List<Path> pruneReplaced(DatabaseFile db) throws IOException {
        Pattern pattern = BackupNames.replacedPattern(db);
        List<Path> removed = new ArrayList<>();
        List<Path> old;
        try (Stream<Path> files = Files.list(dataDir)) {
            old = files.filter(p -> pattern.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .skip(keepReplaced)
                    .toList();
        }
        for (Path p : old) {
            for (String suffix : LivePaths.JOURNAL_SUFFIXES) {
                Path journal = ReadOnlyDatabase.sibling(p, suffix);
                if (Files.deleteIfExists(journal)) {
                    removed.add(journal);
                }
            }
            Files.delete(p);
            removed.add(p);
        }
        if (!removed.isEmpty()) {
            SqliteCopy.fsyncFolder(dataDir);
            LOG.info("removed {} older replaced file(s) of the {}: {}", removed.size(), db.title(), removed);
        }
        return List.copyOf(removed);
    }

    private DatabaseFile identify(SchemaModel schema) {
        try {
            return DatabaseIdentity.of(source, schema);
        } catch (SchemaReviewException e) {
            throw new RestoreRefusedException(e.getMessage());
        }
    }

    /**
     * Refuses a backup whose history this version does not know, or whose schema (tables, columns,
     * constraints, indexes, views, triggers) is not what its migrations make: a trigger slipped into
     * a backup would otherwise run on every write once it is live. An older backup is compared with
     * its own version's schema, and restored as it is for init to upgrade.
     *
     * @return its schema version
     */
    private String requireSchemaOfItsMigrations(DatabaseFile db, SQLiteDataSource sourceData, SchemaModel schema) {
        MigrationHistory history = MigrationHistory.read(db, sourceData);
        if (!history.exists()) {
            throw new RestoreRefusedException(source + " has no " + SchemaMigrations.FLYWAY_HISTORY_TABLE
                    + " table: it was not made by zepix-db");
        }
        List<String> problems = history.problems(false);
        if (!problems.isEmpty()) {
            throw new RestoreRefusedException(source + ": " + problems.get(0));
        }
        List<String> differences = SchemaFindings.of(
                DatabaseDiff.between(db, ExpectedSchema.of(db, history).model(), schema, List.of()));
        if (!differences.isEmpty()) {
            throw new RestoreRefusedException(source + " is not what its migrations make: "
                    + SchemaFindings.summary(differences));
        }
        return history.current().map(MigrationVersion::getVersion).orElse(null);
    }

    private static void requireIntact(Path temp) throws SQLException {
        List<String> damage;
        try (Connection c = SqliteConnections.dataSource(temp, plainWriting()).getConnection()) {
            damage = SqliteChecks.integrityProblems(c);
        }
        if (!damage.isEmpty()) {
            throw new RestoreRefusedException("the copy made in " + temp + " did not come out intact: " + damage.get(0));
        }
    }

    private static SQLiteConfig plainWriting() {
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        return config;
    }

    /** Makes the temp copy what a live file is before it is renamed into place: WAL mode, intact, owner-only, on disk. */
    private static void prepareForRename(Path temp, Path live) throws SQLException, IOException {
        List<String> damage;
        try (Connection c = SqliteConnections.openForWriting(temp, SqliteSettings.durable())) {
            damage = SqliteChecks.integrityProblems(c);
        }
        if (!damage.isEmpty() || !ReadOnlyDatabase.isWalMode(temp)) {
            throw new RestoreRefusedException("the copy made in " + temp + " did not come out intact in WAL mode"
                    + (damage.isEmpty() ? "" : ": " + damage.get(0)));
        }
        if (SqliteCopy.supportsPosix(temp)) {
            Files.setPosixFilePermissions(temp, SqliteCopy.OWNER_ONLY);
        }
        SqliteCopy.fsync(temp);
    }

    /**
     * A connection in exclusive locking mode cannot read while any other connection has the file
     * open. Closing it, as the last connection, also folds any leftover -wal into the file. It
     * must not set the journal mode: tried with the project's write settings, which switch to WAL
     * first, the probe opened the WAL like any other connection and took no exclusive lock, so it
     * missed the bot's connection (RestoreCommandTest's in-use case caught that).
     */
    private static void refuseIfInUse(Path live) {
        if (!Files.exists(live) || !SqliteConnections.isSqliteFile(live)) {
            return;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setBusyTimeout((int) IN_USE_PROBE_TIMEOUT.toMillis());
        config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
        try (Connection c = SqliteConnections.dataSource(live, config).getConnection()) {
            SqliteChecks.tables(c);
        } catch (SQLException e) {
            if (e instanceof SQLiteException se && (se.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_BUSY.code) {
                throw new RestoreRefusedException(live + " is in use by another connection: stop the bot before restoring");
            }
            // Any other failure means the live file is damaged: that is what restoring is for.
        }
    }

    private static List<Path> swap(Path temp, Path live, Path keptName) throws IOException {
        List<Path> kept = new ArrayList<>();
        List<Path> from = new ArrayList<>();
        from.add(live);
        LivePaths.JOURNAL_SUFFIXES.forEach(s -> from.add(ReadOnlyDatabase.sibling(live, s)));
        for (Path file : from) {
            if (Files.exists(file)) {
                Path target = keptName.resolveSibling(keptName.getFileName()
                        + file.getFileName().toString().substring(live.getFileName().toString().length()));
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
                kept.add(target);
            }
        }
        try {
            Files.move(temp, live, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            putBack(kept, live, keptName);
            throw e;
        }
        SqliteCopy.fsyncFolder(live.toAbsolutePath().getParent());
        return List.copyOf(kept);
    }

    private static void putBack(List<Path> kept, Path live, Path keptName) {
        for (Path file : kept) {
            Path original = live.resolveSibling(live.getFileName()
                    + file.getFileName().toString().substring(keptName.getFileName().toString().length()));
            try {
                Files.move(file, original, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new ZepixDbException("restore failed and " + file + " could not be moved back to " + original
                        + ": move it back by hand", e);
            }
        }
    }

    /**
     * A restore killed part-way leaves its hidden temp copies (and their journals) behind: the live
     * file holds its old content or the new, each complete, so they are only clutter, and the next
     * restore clears them.
     */
    private void removeLeftoversOfKilledRestores(DatabaseFile db) throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path leftover : files.filter(f -> RestoreLeftovers.isLeftover(db, f)).toList()) {
                deleteWithJournals(leftover);
            }
        }
    }

    static void deleteWithJournals(Path file) {
        try {
            Files.deleteIfExists(file);
            for (String suffix : LivePaths.JOURNAL_SUFFIXES) {
                Files.deleteIfExists(ReadOnlyDatabase.sibling(file, suffix));
            }
        } catch (IOException e) {
            // A hidden temp file left behind harms nothing; the failure that led here is reported.
        }
    }
}
