package com.zepix.db.ops.verify;

import com.zepix.db.ops.server.CentralChoice;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.MigrationHistory;
import com.zepix.db.core.SchemaMigrations;
import com.zepix.db.core.SqliteConnections;
import com.zepix.db.ops.backup.InterruptedRestore;
import com.zepix.db.ops.checks.DailyTotalsCheck;
import com.zepix.db.ops.checks.RowConstraintCheck;
import com.zepix.db.ops.schema.DatabaseDiff;
import com.zepix.db.ops.schema.ExpectedSchema;
import com.zepix.db.ops.schema.SchemaFindings;
import com.zepix.db.ops.schema.SchemaReader;
import com.zepix.db.ops.sqlite.ReadOnlyDatabase;
import com.zepix.db.ops.sqlite.SqliteChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.sqlite.SQLiteDataSource;

/**
 * The architecture's {@code --verify-only}: checks the three databases and changes nothing. It
 * never creates a file or folder, opens every database through {@link ReadOnlyDatabase} (so no
 * {@code -wal} or {@code -shm} appears), and compares each with the schema its migrations make
 * ({@link ExpectedSchema}, built in memory): the comparison restore and {@code schema-diff --database}
 * make, so the three agree.
 */
public final class VerifyOperation {

    static final String LEFT_OPEN = "was not closed cleanly: its -wal and -shm are there but no process has it open, so the"
            + " last writer ended without closing it; its committed transactions may still be only in the -wal (verify read"
            + " them without changing any file); start the bot or run init once to fold them into the database file";

    private final Path dataDir;
    private final CentralChoice central;

    public VerifyOperation(Path dataDir) {
        this(dataDir, CentralChoice.sqlite());
    }

    /** With the central database where {@code central} says (a PostgreSQL server, or the data folder). */
    public VerifyOperation(Path dataDir, CentralChoice central) {
        this.dataDir = dataDir;
        this.central = central;
    }

    public VerifyReport run() {
        Map<String, String> versions = new LinkedHashMap<>();
        List<VerifyFinding> findings = new ArrayList<>();
        for (DatabaseFile db : DatabaseFile.values()) {
            List<String> problems = new ArrayList<>();
            String location;
            if (db == DatabaseFile.CENTRAL && central.isPostgres()) {
                location = central.postgres().describe();
                versions.put(location, PostgresCentralVerify.check(central.postgres(), problems));
            } else {
                Path file = db.in(dataDir);
                location = file.toString();
                versions.put(location, check(db, file, problems));
            }
            problems.forEach(p -> findings.add(new VerifyFinding(location, p)));
        }
        return new VerifyReport(versions, List.copyOf(findings));
    }

    /** Adds what is wrong with {@code file} to {@code problems}; returns its schema version if known. */
    private String check(DatabaseFile db, Path file, List<String> problems) {
        if (!Files.exists(file)) {
            problems.add(InterruptedRestore.adviceForMissing(dataDir, db, file));
            return null;
        }
        InterruptedRestore.adviceForPresent(dataDir, db).ifPresent(problems::add);
        if (!Files.isRegularFile(file)) {
            problems.add("is not a regular file" + (Files.isDirectory(file) ? " (it is a folder)" : ""));
            return null;
        }
        if (!SqliteConnections.isSqliteFile(file)) {
            problems.add("is not a SQLite database (wrong file header)");
            return null;
        }
        if (!ReadOnlyDatabase.isWalMode(file)) {
            problems.add("is not in WAL journal mode");
        }
        Optional<String> unreadable = ReadOnlyDatabase.unreadableReason(file);
        if (unreadable.isPresent()) {
            problems.add(unreadable.get());
            return null;
        }
        // An empty -wal holds nothing to fold in (a connection to a read-only file leaves one): not a finding.
        if (ReadOnlyDatabase.leftOpenByEndedProcess(file) && sizeOf(ReadOnlyDatabase.sibling(file, "-wal")) > 0) {
            problems.add(LEFT_OPEN);
        }
        SQLiteDataSource source = ReadOnlyDatabase.dataSource(file);
        String version = null;
        try (Connection c = source.getConnection()) {
            runCheck("integrity_check", problems, () -> summarise("integrity_check failed", SqliteChecks.integrityProblems(c)));
            // integrity_check skips CHECKs on this read-only connection: rows are checked by query.
            runCheck("row constraint check", problems, () -> RowConstraintCheck.run(c).lines());
            MigrationHistory history = null;
            try {
                history = MigrationHistory.read(db, source);
                version = history.current().map(MigrationVersion::getVersion).orElse(null);
                if (!history.exists()) {
                    problems.add("has no " + SchemaMigrations.FLYWAY_HISTORY_TABLE + " table: it was not made by zepix-db init");
                }
                problems.addAll(history.problems(true));
            } catch (FlywayException e) {
                problems.add("Flyway history could not be read: " + SqliteChecks.firstLine(e));
            }
            ExpectedSchema expected = history == null ? ExpectedSchema.latest(db) : ExpectedSchema.of(db, history);
            runCheck("schema comparison", problems, () -> SchemaFindings.of(
                    DatabaseDiff.between(db, expected.model(), SchemaReader.read(c), List.of())));
            runCheck("default rows", problems, () -> missingSeedRows(c, expected));
            if (db == DatabaseFile.CENTRAL) {
                runCheck("dashboard rollup", problems, () -> DailyTotalsCheck.problems(c));
            }
        } catch (SQLException e) {
            problems.add("cannot be opened: " + SqliteChecks.firstLine(e));
        }
        return version;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static List<String> missingSeedRows(Connection c, ExpectedSchema expected) throws SQLException {
        List<String> missing = new ArrayList<>();
        List<String> tables = SqliteChecks.tables(c);
        for (ExpectedSchema.SeedRow row : expected.seedRows()) {
            // A missing table is already reported by the schema comparison.
            if (tables.contains(row.table()) && !row.isIn(c)) {
                missing.add("default row " + row.describe() + " is missing");
            }
        }
        return missing;
    }

    private static List<String> summarise(String what, List<String> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        return List.of(what + ": " + lines.get(0) + (lines.size() > 1 ? " (and " + (lines.size() - 1) + " more)" : ""));
    }

    private interface Check {
        List<String> run() throws SQLException;
    }

    /** A damaged file can make any check throw; that is a finding too, and the other checks still run. */
    private static void runCheck(String name, List<String> problems, Check check) {
        try {
            problems.addAll(check.run());
        } catch (SQLException | FlywayException e) {
            problems.add(name + " could not run: " + SqliteChecks.firstLine(e));
        }
    }
}
