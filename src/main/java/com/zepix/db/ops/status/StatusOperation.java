package com.zepix.db.ops.status;

import com.zepix.db.central.OperatorStatusQueries;
import com.zepix.db.central.OperatorStatusQueries.PluginDay;
import com.zepix.db.central.OperatorStatusQueries.PluginHistory;
import com.zepix.db.central.OperatorStatusQueries.PluginState;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DayRange;
import com.zepix.db.core.JooqDefaults;
import com.zepix.db.core.MigrationHistory;
import com.zepix.db.core.TradeSource;
import com.zepix.db.core.UtcTimestamps;
import com.zepix.db.core.ZepixDbException;
import com.zepix.db.ops.backup.BackupOperation;
import com.zepix.db.ops.backup.Backups;
import com.zepix.db.ops.files.Shell;
import com.zepix.db.ops.schema.JarSchemaVersions;
import com.zepix.db.ops.server.CentralChoice;
import com.zepix.db.ops.sqlite.ReadOnlyDatabase;
import com.zepix.db.ops.status.StatusReport.Attention;
import com.zepix.db.ops.status.StatusReport.DatabaseState;
import com.zepix.db.ops.status.StatusReport.Event;
import com.zepix.db.ops.status.StatusReport.History;
import com.zepix.db.ops.status.StatusReport.PluginRow;
import com.zepix.db.ops.sync.PluginTradeSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * {@code status}: strictly read-only. Every file is opened as {@code verify} opens it
 * ({@link ReadOnlyDatabase}): nothing is created, migrated or written, not even a -wal or -shm.
 */
public final class StatusOperation {

    /** How many of the newest ERROR and CRITICAL events the report shows. */
    static final int PROBLEM_EVENTS = 5;
    /** A database without a backup this recent needs one. */
    static final Duration BACKUP_MAX_AGE = Duration.ofHours(24);
    private static final String MISSING = "missing";

    private final Path dataDir;
    private final Path backupDir;
    private final Clock clock;
    private final Duration maxSyncAge;
    private final CentralChoice central;

    /**
     * @param backupDir where {@code backup} writes (its default is {@code <dataDir>/backups})
     * @param maxSyncAge an enabled plugin whose last sync is older needs attention
     */
    public StatusOperation(Path dataDir, Path backupDir, Clock clock, Duration maxSyncAge) {
        this(dataDir, backupDir, clock, maxSyncAge, CentralChoice.sqlite());
    }

    /** With the central database where {@code central} says; its plugins' sync is {@code central}'s instance's. */
    public StatusOperation(Path dataDir, Path backupDir, Clock clock, Duration maxSyncAge, CentralChoice central) {
        this.dataDir = dataDir;
        this.backupDir = backupDir;
        this.clock = clock;
        this.maxSyncAge = maxSyncAge;
        this.central = central;
    }

    public StatusReport run() {
        requireFolder(dataDir);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<Attention> attention = new ArrayList<>();
        List<DatabaseState> databases = new ArrayList<>();
        DatabaseState centralState = null;
        for (DatabaseFile db : DatabaseFile.values()) {
            DatabaseState state = db == DatabaseFile.CENTRAL && central.isPostgres()
                    ? PostgresCentralState.read(central.postgres(), attention, command("verify"), command("init"))
                    : database(db, now, attention);
            databases.add(state);
            if (db == DatabaseFile.CENTRAL) {
                centralState = state;
            }
        }
        List<PluginRow> plugins = List.of();
        List<Event> events = List.of();
        String pluginsNotRead = whyPluginsCannotBeRead(centralState);
        if (pluginsNotRead == null) {
            Path centralFile = DatabaseFile.CENTRAL.in(dataDir);
            try (Connection c = central.isPostgres() ? readOnly(central.postgres().connect()) : ReadOnlyDatabase.open(centralFile)) {
                DSLContext ctx = DSL.using(c, central.isPostgres() ? SQLDialect.POSTGRES : SQLDialect.SQLITE,
                        JooqDefaults.settings());
                plugins = plugins(ctx, today, now, attention);
                events = OperatorStatusQueries.lastProblems(ctx, PROBLEM_EVENTS).stream()
                        .map(e -> new Event(e.eventTime(), e.severity().name(), e.eventType(), e.pluginId(), e.description()))
                        .toList();
            } catch (SQLException | RuntimeException e) {
                plugins = List.of(); // half a screen read before the failure would pass for the whole of it
                pluginsNotRead = central.describe(dataDir) + " cannot be read for the plugins' state: " + firstLine(e);
                attention.add(new Attention(central.describe(dataDir), "cannot be read for the plugins' state: "
                        + firstLine(e), command("verify")));
            }
        }
        return new StatusReport(now, today.toString(), List.copyOf(databases), plugins, pluginsNotRead, events,
                List.copyOf(attention));
    }

    /**
     * Why the plugins' state is not looked for, or null to read it. A central that is missing, damaged,
     * foreign or behind this jar has its own attention item already; its queries (written for this
     * jar's schema) would only fail again with a second, misleading one.
     */
    private static String whyPluginsCannotBeRead(DatabaseState central) {
        if (MISSING.equals(central.problem())) {
            return "central " + central.file() + " is missing";
        }
        if (central.problem() != null || central.schemaVersion() == null) {
            return "central " + central.file() + " cannot be read";
        }
        if (MigrationVersion.fromVersion(central.schemaVersion())
                .compareTo(MigrationVersion.fromVersion(central.jarSchemaVersion())) < 0) {
            return "central " + central.file() + " is at schema version " + central.schemaVersion() + ", behind this jar's "
                    + central.jarSchemaVersion() + ": run init first";
        }
        return null;
    }

    private DatabaseState database(DatabaseFile db, Instant now, List<Attention> attention) {
        Path file = db.in(dataDir);
        String jarVersion = JarSchemaVersions.latest(db);
        Optional<Backups.BackupFile> backup = Backups.newest(backupDir, db);
        String backupName = backup.map(b -> b.file().getFileName().toString()).orElse(null);
        Instant backupAt = backup.map(Backups.BackupFile::takenAt).orElse(null);
        Duration backupAge = backupAt == null ? null : Duration.between(backupAt, now);
        if (!Files.exists(file)) {
            attention.add(new Attention(file.toString(), "is missing", backup
                    .map(b -> restoreCommand(b) + " (its newest backup; " + quoted(command("init"))
                            + " makes an empty database instead)")
                    .orElse(command("init"))));
            return new DatabaseState(db.schemaFolder(), file.toString(), null, null, null, jarVersion, backupName, backupAt,
                    backupAge, MISSING);
        }
        if (backupAt == null) {
            attention.add(new Attention(file.toString(), "has no backup in " + backupDir, backupCommand()));
        } else if (backupAge.compareTo(BACKUP_MAX_AGE) > 0) {
            attention.add(new Attention(file.toString(), "last backup is " + Ages.describe(backupAge) + " old (more than "
                    + BACKUP_MAX_AGE.toHours() + " h)", backupCommand()));
        }
        Long size = sizeOf(file);
        Long wal = sizeOf(file.resolveSibling(file.getFileName() + "-wal"));
        // A file that cannot be read is put right with its newest backup; verify only names the damage.
        String unreadableFix = backup.map(b -> restoreCommand(b) + " (its newest backup; " + quoted(command("verify"))
                + " names the fault first)").orElse(command("verify"));
        String problem = null;
        String version = null;
        try {
            version = schemaVersion(db, file);
            if (version == null) {
                problem = "has no schema history: it was not made by zepix-db";
                attention.add(new Attention(file.toString(), problem, unreadableFix));
            } else {
                int order = MigrationVersion.fromVersion(version).compareTo(MigrationVersion.fromVersion(jarVersion));
                if (order < 0) {
                    attention.add(new Attention(file.toString(), "is at schema version " + version + ", behind this jar's "
                            + jarVersion, command("init")));
                } else if (order > 0) {
                    attention.add(new Attention(file.toString(), "is at schema version " + version + ", newer than this jar's "
                            + jarVersion, "use the zepix-db release that made it"));
                }
            }
        } catch (RuntimeException e) {
            problem = firstLine(e);
            attention.add(new Attention(file.toString(), "cannot be read: " + problem, unreadableFix));
        }
        return new DatabaseState(db.schemaFolder(), file.toString(), size, wal, version, jarVersion, backupName, backupAt,
                backupAge, problem);
    }

    private List<PluginRow> plugins(DSLContext ctx, LocalDate today, Instant now, List<Attention> attention) {
        Map<String, Integer> open = OperatorStatusQueries.openTrades(ctx, central.instance());
        Map<String, PluginDay> day = OperatorStatusQueries.day(ctx, DayRange.of(today), central.instance());
        Map<String, PluginHistory> history = OperatorStatusQueries.history(ctx, central.instance());
        LocalDateTime nowUtc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        List<PluginRow> rows = new ArrayList<>();
        for (PluginState p : inSyncOrder(OperatorStatusQueries.plugins(ctx, central.instance()))) {
            PluginDay d = day.getOrDefault(p.pluginId(), new PluginDay(0, 0, 0.0, 0.0));
            PluginHistory h = history.get(p.pluginId());
            rows.add(new PluginRow(p.pluginId(), p.enabled(), p.status().name(), p.lastSyncTime(), p.lastSyncSuccess(),
                    p.recordsSynced(), p.syncError(), open.getOrDefault(p.pluginId(), 0), d.entries(), d.closes(),
                    d.profitDollars(), d.closes() == 0 ? null : d.winRate(), h == null ? History.NONE
                            : new History(h.trades(), h.closedTrades(), h.profitDollars(),
                                    h.closedTrades() == 0 ? null : h.winRate(), h.firstDay(), h.lastDay())));
            if (!p.enabled()) {
                continue;
            }
            String subject = "plugin " + p.pluginId();
            if (p.lastSyncTime() == null) {
                attention.add(new Attention(subject, "was never synced", command("sync")));
            } else if (Boolean.FALSE.equals(p.lastSyncSuccess())) {
                attention.add(new Attention(subject, "last sync failed at " + UtcTimestamps.format(p.lastSyncTime().withNano(0)) + ": "
                        + p.syncError(), "remove the cause (" + quoted(command("verify")) + " names a damaged or changed"
                                + " database), then " + command("sync")));
            } else if (Duration.between(p.lastSyncTime(), nowUtc).compareTo(maxSyncAge) > 0) {
                attention.add(new Attention(subject, "last synced " + Ages.describe(Duration.between(p.lastSyncTime(), nowUtc))
                        + " ago (more than " + Ages.describe(maxSyncAge) + ")",
                        command("sync") + " (or keep '" + command("sync") + " --watch' running)"));
            }
        }
        return List.copyOf(rows);
    }

    /** V3 first, then the V6 timeframes from 1m to 1h, as sync runs them; plugins it does not know last, by id. */
    private static List<PluginState> inSyncOrder(List<PluginState> plugins) {
        List<String> order = PluginTradeSources.all().stream().map(TradeSource::pluginId).toList();
        return plugins.stream().sorted(Comparator
                .comparingInt((PluginState p) -> order.contains(p.pluginId()) ? order.indexOf(p.pluginId()) : order.size())
                .thenComparing(PluginState::pluginId)).toList();
    }

    /** The file's applied schema version, or null when it has no Flyway history. */
    private static String schemaVersion(DatabaseFile db, Path file) {
        return MigrationHistory.read(db, ReadOnlyDatabase.dataSource(file)).current().map(MigrationVersion::getVersion)
                .orElse(null);
    }

    private static Connection readOnly(Connection connection) throws SQLException {
        connection.setReadOnly(true);
        return connection;
    }

    private String command(String name) {
        return "zepix-db " + name + " --data-dir " + Shell.quote(dataDir.toString())
                + (central.isPostgres() ? " --central " + Shell.quote(central.postgres().describe().replace("postgresql://",
                        "jdbc:postgresql://")) + " --instance " + Shell.quote(central.instance().value()) : "");
    }

    /** backup into the folder this status looked in, when that is not backup's default. */
    private String backupCommand() {
        return command("backup") + (backupDir.equals(BackupOperation.defaultTarget(dataDir)) ? ""
                : " --to " + Shell.quote(backupDir.toString()));
    }

    private String restoreCommand(Backups.BackupFile backup) {
        return command("restore") + " " + Shell.quote(backup.file().toString());
    }

    private static String quoted(String command) {
        return "'" + command + "'";
    }

    private static Long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return message.strip().lines().findFirst().orElse(message);
    }

    private static void requireFolder(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            throw new ZepixDbException("the data folder " + dataDir + " does not exist (run 'zepix-db init --data-dir "
                    + dataDir + "' to create it)");
        }
    }
}
