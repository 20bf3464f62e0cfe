package com.zepix.db.ops.init;

import com.zepix.db.ops.server.CentralChoice;
import com.zepix.db.ops.sqlite.OwnerOnly;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.MigrationHistory;
import com.zepix.db.core.SchemaMigrations;
import com.zepix.db.core.SqliteConnections;
import com.zepix.db.core.SqliteFailures;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.core.ZepixDbException;
import com.zepix.db.ops.checks.DailyTotalsCheck;
import com.zepix.db.ops.sqlite.SqliteChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/**
 * Creates or upgrades the three databases with this jar's migrations, and looks (read-only) at the
 * legacy database. Each database is done on its own: one that fails does not stop the others.
 */
public final class InitOperation {

    private static final Logger LOG = LoggerFactory.getLogger(InitOperation.class);

    private final Path dataDir;
    private final CentralChoice central;

    public InitOperation(Path dataDir) {
        this(dataDir, CentralChoice.sqlite());
    }

    /** With the central database where {@code central} says (a PostgreSQL server, or the data folder). */
    public InitOperation(Path dataDir, CentralChoice central) {
        this.dataDir = dataDir;
        this.central = central;
    }

    public InitReport run() {
        List<String> tightened = new ArrayList<>();
        try {
            OwnerOnly.folder(dataDir).ifPresent(tightened::add);
            for (DatabaseFile db : DatabaseFile.values()) {
                if (Files.exists(db.in(dataDir))) {
                    tightened.addAll(OwnerOnly.databaseWithJournals(db.in(dataDir)));
                }
            }
        } catch (IOException e) {
            throw new ZepixDbException("cannot create the data folder " + dataDir + " or make it its owner's only: "
                    + e.getMessage(), e);
        }
        tightened.forEach(t -> LOG.info("made owner-only: {}", t));
        List<DatabaseInitResult> results = new ArrayList<>();
        for (DatabaseFile db : DatabaseFile.values()) {
            DatabaseInitResult result = db == DatabaseFile.CENTRAL && central.isPostgres()
                    ? PostgresCentralInit.run(central.postgres())
                    : initialise(db, db.in(dataDir));
            log(result);
            results.add(result);
        }
        return new InitReport(List.copyOf(results), LegacyDatabase.inspect(dataDir), List.copyOf(tightened));
    }

    private static DatabaseInitResult initialise(DatabaseFile db, Path file) {
        boolean existed = Files.exists(file);
        try {
            if (existed) {
                SqliteConnections.requireSqliteFile(file);
            } else {
                // SQLite would create it with the umask's mode (often world-readable); an empty file is a new database to it
                OwnerOnly.createFile(file);
            }
            SQLiteDataSource dataSource = creatingDataSource(file);
            Flyway flyway = SchemaMigrations.flyway(db, dataSource);
            List<String> newer = MigrationHistory.read(db, dataSource).unknown().stream()
                    .map(m -> "V" + m.getVersion())
                    .toList();
            if (!newer.isEmpty()) {
                return DatabaseInitResult.failed(db, file, file + " was migrated by a newer zepix-db (migrations "
                        + String.join(", ", newer) + " are unknown to this version); it was left as it is");
            }
            MigrateResult result = flyway.migrate();
            MigrationInfo current = flyway.info().current();
            String version = current == null ? null : current.getVersion().getVersion();
            try (Connection c = dataSource.getConnection()) {
                if (!"wal".equalsIgnoreCase(SqliteChecks.journalMode(c))) {
                    return DatabaseInitResult.failed(db, file, file + " could not be switched to WAL journal mode");
                }
                Optional<String> unwritable = writeProblem(c, file);
                if (unwritable.isPresent()) {
                    return DatabaseInitResult.failed(db, file, file + " " + unwritable.get());
                }
                DatabaseInitResult.Outcome outcome = !existed ? DatabaseInitResult.Outcome.CREATED
                        : result.migrationsExecuted > 0 ? DatabaseInitResult.Outcome.UPGRADED
                        : DatabaseInitResult.Outcome.UP_TO_DATE;
                DatabaseInitResult done = new DatabaseInitResult(db, file, outcome,
                        existed ? result.initialSchemaVersion : null, version,
                        SqliteChecks.domainTables(c), SqliteChecks.bookkeepingTables(c), null);
                return db == DatabaseFile.CENTRAL ? done.withRollupDaysRebuilt(DailyTotalsCheck.rebuildIfDiffers(c)) : done;
            }
        } catch (ZepixDbException e) {
            return DatabaseInitResult.failed(db, file, e.getMessage());
        } catch (SQLException | FlywayException | IOException e) {
            return DatabaseInitResult.failed(db, file, file + ": " + SqliteChecks.firstLine(e));
        }
    }

    /**
     * Why the bot could not write {@code file}, if it could not: init must not call a read-only
     * database ready. Nothing else of init writes when the schema is current, and BEGIN IMMEDIATE
     * alone succeeds on a read-only file in WAL mode; writing page 1 (the same user_version, rolled
     * back) does not.
     */
    private static Optional<String> writeProblem(Connection c, Path file) throws SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            long version;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                rs.next();
                version = rs.getLong(1);
            }
            st.execute("PRAGMA user_version = " + version);
            return Optional.empty();
        } catch (SQLException e) {
            String cause = SqliteFailures.cause(e, file, SqliteSettings.durable().busyTimeout());
            if (cause == null) {
                throw e;
            }
            return Optional.of(cause);
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    /**
     * The project's write settings (WAL, synchronous FULL, IMMEDIATE transactions), plus the one
     * permission no other connection has: to create the file. Only init may bring a database into being.
     */
    private static SQLiteDataSource creatingDataSource(Path file) {
        SQLiteConfig config = SqliteSettings.durable().forWriting();
        config.setOpenMode(SQLiteOpenMode.CREATE);
        return SqliteConnections.dataSource(file, config);
    }

    private static void log(DatabaseInitResult r) {
        switch (r.outcome()) {
            case CREATED -> LOG.info("init {}: created at schema version {}", r.location(), r.toVersion());
            case UPGRADED -> LOG.info("init {}: upgraded from schema version {} to {}", r.location(), r.fromVersion(), r.toVersion());
            case UP_TO_DATE -> LOG.info("init {}: up to date at schema version {}", r.location(), r.toVersion());
            case FAILED -> LOG.error("init {}: FAILED: {}", r.location(), r.problem());
        }
        if (r.rollupDaysRebuilt() > 0) {
            LOG.warn("init {}: rebuilt aggregated_daily_totals from aggregated_trades: {} plugin-day(s) differed",
                    r.location(), r.rollupDaysRebuilt());
        }
    }
}
