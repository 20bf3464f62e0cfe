package com.zepix.db.ops.backup;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.SqliteConnections;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.core.ZepixDbException;
import com.zepix.db.ops.ProgressListener;
import com.zepix.db.ops.checks.RowConstraintCheck;
import com.zepix.db.ops.files.LivePaths;
import com.zepix.db.ops.sqlite.ReadOnlyDatabase;
import com.zepix.db.ops.sqlite.SqliteChecks;
import com.zepix.db.ops.sqlite.SqliteCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups of the three databases, consistent even while the bot writes (see
 * {@link SqliteCopy}), each checked with {@code integrity_check} once written, readable by the
 * owner only. A backup that fails is removed and reported; the others still run.
 */
public final class BackupOperation {

    private static final Logger LOG = LoggerFactory.getLogger(BackupOperation.class);

    private final Path dataDir;
    private final Path targetDir;
    private final Integer keep;
    private final Clock clock;
    private final ProgressListener listener;

    /**
     * @param targetDir where to write; null for {@code <dataDir>/backups}
     * @param keep how many backups of each database to keep, newest first; null keeps all
     * @param listener hears the progress of each copy; null for none
     */
    public BackupOperation(Path dataDir, Path targetDir, Integer keep, Clock clock, ProgressListener listener) {
        if (keep != null && keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1, not " + keep);
        }
        this.dataDir = dataDir;
        this.targetDir = targetDir == null ? defaultTarget(dataDir) : targetDir;
        this.keep = keep;
        this.clock = clock;
        this.listener = listener;
    }

    public static Path defaultTarget(Path dataDir) {
        return dataDir.resolve("backups");
    }

    public BackupReport run() {
        if (!Files.isDirectory(dataDir)) {
            // nothing to back up, and creating the backup folder would create the data folder too
            throw new ZepixDbException("the data folder " + dataDir + " does not exist: nothing to back up (run init"
                    + " to create the databases)");
        }
        LivePaths.refuseBackupTarget(targetDir, dataDir);
        createTargetDir();
        String stamp = BackupNames.stamp(clock.instant());
        for (DatabaseFile db : DatabaseFile.values()) {
            BackupLeftovers.removeAll(targetDir, db)
                    .forEach(p -> LOG.info("removed {}, left by a backup that failed or was killed", p));
        }
        List<BackupResult> results = new ArrayList<>();
        for (DatabaseFile db : DatabaseFile.values()) {
            BackupResult result = backUp(db, BackupNames.backup(targetDir, db, stamp));
            if (result.succeeded()) {
                LOG.info("backed up {} to {} ({} bytes, integrity_check ok)", result.source(), result.backup(), result.bytes());
            } else {
                LOG.error("backup of {} FAILED: {}", result.source(), result.problem());
            }
            results.add(result);
        }
        SqliteCopy.fsyncFolder(targetDir);
        List<Path> pruned = new ArrayList<>();
        if (keep != null) {
            // A backup holding bad rows does not push out the older ones, which may be the last good copies.
            results.stream().filter(BackupResult::clean).forEach(r -> pruned.addAll(prune(r.database())));
        }
        return new BackupReport(targetDir, List.copyOf(results), List.copyOf(pruned));
    }

    /**
     * Writes the copy under a hidden temporary name, checks it (SQLite header, integrity_check),
     * flushes it to disk and only then renames it to its final name: a backup killed part-way
     * leaves only a temporary file, never a file that looks like a backup.
     */
    private BackupResult backUp(DatabaseFile db, Path target) {
        Path source = db.in(dataDir);
        if (Files.exists(target)) {
            return BackupResult.failed(db, source, target + " already exists (one backup per second at most)");
        }
        Path temp = null;
        // The copy is the quick part; checking it (integrity_check, then every row against its
        // constraints) takes most of a large file's time, so the bar covers all three.
        ProgressListener.Steps steps = ProgressListener.steps(listener, "backup " + source.getFileName(), 3);
        try {
            temp = BackupLeftovers.newTemp(targetDir, db);
            // A read-write connection, like the bot's: as the last one to close it cleans up the
            // -wal and -shm it made; a read-only one would leave them behind.
            try (Connection c = SqliteConnections.openForWriting(source, SqliteSettings.durable())) {
                SqliteCopy.vacuumInto(c, temp, steps.during(0), source.getFileName().toString());
            }
            if (Files.size(temp) == 0 || !SqliteConnections.isSqliteFile(temp)) {
                return BackupResult.failed(db, source, "the copy of " + source + " came out without a SQLite header;"
                        + " it was removed");
            }
            List<String> problems;
            RowConstraintCheck.Result badRows;
            try (Connection c = ReadOnlyDatabase.open(temp)) {
                steps.at(1);
                problems = SqliteChecks.integrityProblems(c);
                steps.at(2);
                badRows = problems.isEmpty() ? RowConstraintCheck.run(c) : new RowConstraintCheck.Result(List.of(), 0);
            }
            steps.at(3);
            if (!problems.isEmpty()) {
                return BackupResult.failed(db, source, "the copy of " + source + " failed integrity_check after writing ("
                        + problems.get(0) + "); it was removed");
            }
            SqliteCopy.fsync(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            return new BackupResult(db, source, target, Files.size(target), null, badRows.lines(), badRows.total());
        } catch (ZepixDbException e) {
            return BackupResult.failed(db, source, e.getMessage());
        } catch (SQLException | IOException e) {
            return BackupResult.failed(db, source, source + " could not be backed up to " + target + ": "
                    + SqliteChecks.firstLine(e));
        } finally {
            steps.end();
            if (temp != null) {
                BackupLeftovers.deleteWithJournal(temp);
            }
        }
    }

    private void createTargetDir() {
        try {
            FileAttribute<?>[] ownerOnly = SqliteCopy.supportsPosix(targetDir)
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                    : new FileAttribute<?>[0];
            Files.createDirectories(targetDir, ownerOnly);
        } catch (IOException e) {
            throw new ZepixDbException("cannot create the backup folder " + targetDir + ": " + e.getMessage(), e);
        }
    }

    private List<Path> prune(DatabaseFile db) {
        Pattern pattern = BackupNames.backupPattern(db);
        List<Path> pruned = new ArrayList<>();
        try (Stream<Path> files = Files.list(targetDir)) {
            List<Path> old = files.filter(p -> pattern.matcher(p.getFileName().toString()).matches())
                    .filter(BackupLeftovers::isComplete)
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .skip(keep)
                    .toList();
            for (Path p : old) {
                Files.delete(p);
                pruned.add(p);
                LOG.info("removed older backup {} (--keep {})", p, keep);
            }
        } catch (IOException e) {
            throw new ZepixDbException("cannot prune old backups in " + targetDir + ": " + e.getMessage(), e);
        }
        return pruned;
    }

}
