package com.zepix.db.ops.sync;

import com.zepix.db.central.CursorSaveHook;
import com.zepix.db.central.SyncCursor;
import com.zepix.db.central.SyncLedger;
import com.zepix.db.central.UpsertCounts;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseUnavailableException;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.core.TradeSource;
import com.zepix.db.core.TradeSummary;
import com.zepix.db.core.UtcTimestamps;
import com.zepix.db.ops.server.CentralChoice;
import com.zepix.db.ops.ProgressListener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies every enabled plugin's trades into central's {@code aggregated_trades}, incrementally
 * and idempotently. Each plugin file is opened on its own, so a missing or damaged one fails its
 * plugins alone: the failure is recorded (sync_status, and an ERROR in system_events) and the
 * run carries on with the others.
 */
public final class TradeSync {

    private static final Logger LOG = LoggerFactory.getLogger(TradeSync.class);

    private final Path dataDir;
    private final SqliteSettings settings;
    private final List<TradeSource> sources;
    private final Clock clock;
    private final CentralChoice central;
    private final CursorSaveHook beforeCursorSave;
    private final ProgressListener progress;

    public TradeSync(Path dataDir, SqliteSettings settings, List<TradeSource> sources, Clock clock) {
        this(dataDir, settings, sources, clock, CentralChoice.sqlite(), ProgressListener.NONE, CursorSaveHook.NONE);
    }

    /** @param progress hears, per plugin, how many of the trades read have been upserted (a first sync takes a while) */
    public TradeSync(Path dataDir, SqliteSettings settings, List<TradeSource> sources, Clock clock,
            ProgressListener progress) {
        this(dataDir, settings, sources, clock, CentralChoice.sqlite(), progress, CursorSaveHook.NONE);
    }

    /** @param beforeCursorSave runs in each plugin's transaction between its rows and its cursor (see {@link CursorSaveHook}) */
    public TradeSync(Path dataDir, SqliteSettings settings, List<TradeSource> sources, Clock clock,
            ProgressListener progress, CursorSaveHook beforeCursorSave) {
        this(dataDir, settings, sources, clock, CentralChoice.sqlite(), progress, beforeCursorSave);
    }

    /** Into the central {@code central} names, as its instance: the SQLite file, or a shared PostgreSQL. */
    public TradeSync(Path dataDir, SqliteSettings settings, List<TradeSource> sources, Clock clock,
            CentralChoice central) {
        this(dataDir, settings, sources, clock, central, ProgressListener.NONE, CursorSaveHook.NONE);
    }

    /** Into {@code central}, telling {@code progress} how far each plugin's upserts got. */
    public TradeSync(Path dataDir, SqliteSettings settings, List<TradeSource> sources, Clock clock,
            CentralChoice central, ProgressListener progress) {
        this(dataDir, settings, sources, clock, central, progress, CursorSaveHook.NONE);
    }

    /** @param beforeCursorSave runs in each plugin's transaction between its rows and its cursor (see {@link CursorSaveHook}) */
    public TradeSync(Path dataDir, SqliteSettings settings, List<TradeSource> sources, Clock clock,
            CentralChoice central, ProgressListener progress, CursorSaveHook beforeCursorSave) {
        this.dataDir = dataDir;
        this.settings = settings;
        this.sources = List.copyOf(sources);
        this.clock = clock;
        this.central = central;
        this.beforeCursorSave = beforeCursorSave;
        this.progress = ProgressListener.orNone(progress);
    }

    /**
     * One run over all sources. Fails as a whole, with one {@link DatabaseUnavailableException}
     * naming central and the cause, only when central itself cannot be opened or written: then
     * nothing (more) is synced, since neither a plugin's rows nor its failure could be recorded.
     */
    public SyncReport runOnce() {
        Map<DatabaseFile, PluginFile> pluginFiles = new EnumMap<>(DatabaseFile.class);
        List<PluginSyncResult> results = new ArrayList<>();
        try (DatabaseService centralDb = central.openCentral(dataDir, settings)) {
            SyncLedger ledger = new SyncLedger(centralDb.plugin(DatabaseKey.CENTRAL_SYSTEM), central.instance(),
                    beforeCursorSave);
            requireWritable(ledger);
            Map<String, Boolean> registered = ledger.registeredPlugins();
            for (TradeSource source : sources) {
                PluginSyncResult result = syncOne(source, registered, ledger, pluginFiles);
                log(result);
                results.add(result);
            }
        } finally {
            pluginFiles.values().forEach(PluginFile::close);
        }
        return new SyncReport(results);
    }

    private PluginSyncResult syncOne(TradeSource source, Map<String, Boolean> registered, SyncLedger ledger,
            Map<DatabaseFile, PluginFile> pluginFiles) {
        String id = source.pluginId();
        Boolean enabled = registered.get(id);
        if (enabled == null) {
            return PluginSyncResult.skipped(id, "not in plugins_registry");
        }
        if (!enabled) {
            return PluginSyncResult.skipped(id, "disabled in plugins_registry");
        }
        LocalDateTime now = UtcTimestamps.now(clock);
        try {
            DatabaseService pluginDb = pluginDatabase(source.key().file(), pluginFiles);
            SyncCursor cursor = ledger.cursor(id);
            List<TradeSummary> read = source.changedSince(pluginDb.plugin(source.key()), cursor.afterSourceId(), cursor.openSourceIds());
            int ticketless = (int) read.stream().filter(t -> t.mt5Ticket() == null).count();
            String label = "sync " + id;
            long total = read.size() - ticketless;
            UpsertCounts counts;
            try {
                counts = ledger.recordSuccess(id, source.pluginType(), read, cursor.advancedBy(read), now,
                        done -> progress.progress(label, done, total));
            } finally {
                progress.finished(label);
            }
            return PluginSyncResult.synced(id, read.size(), counts, ticketless);
        } catch (RuntimeException e) {
            if (isCentral(e)) {
                throw stopped(e, "the sync stopped at " + id + "; plugins before it were synced");
            }
            String error = PluginFailures.describe(source.key().file().in(dataDir), e);
            // the console and central get the file and the problem; the log keeps the whole exception, SQL text included
            LOG.error("sync {} failed: {}", id, error, e);
            try {
                ledger.recordFailure(id, error, now);
            } catch (RuntimeException recording) {
                throw stopped(recording, "the sync stopped at " + id + " (which failed: " + error + ")");
            }
            return PluginSyncResult.failed(id, error);
        }
    }

    /** Central takes a write (locked, read-only and full fail here), or nothing is synced. */
    private void requireWritable(SyncLedger ledger) {
        try {
            ledger.requireWritable();
        } catch (DatabaseUnavailableException e) {
            throw stopped(e, "nothing was synced");
        }
    }

    private boolean isCentral(RuntimeException e) {
        return e instanceof DatabaseUnavailableException u && u.file() != null
                && u.file().equals(DatabaseFile.CENTRAL.in(dataDir));
    }

    private DatabaseUnavailableException stopped(RuntimeException e, String what) {
        Path central = DatabaseFile.CENTRAL.in(dataDir);
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String cause = message.startsWith(central.toString()) ? message.substring(central.toString().length()).strip() : message;
        return new DatabaseUnavailableException(central, cause + "; " + what, e);
    }

    private static void log(PluginSyncResult result) {
        switch (result.outcome()) {
            case SYNCED -> LOG.info("sync {}", result.describe().strip());
            case SKIPPED -> LOG.debug("sync {}", result.describe().strip());
            case FAILED -> {
                // logged with its exception where it failed
            }
        }
    }

    /**
     * The four V6 plugins share one file: it is opened once per run, and a failure to open it is
     * remembered so each of them reports it without trying again.
     */
    private DatabaseService pluginDatabase(DatabaseFile file, Map<DatabaseFile, PluginFile> pluginFiles) {
        return pluginFiles.computeIfAbsent(file, f -> {
            try {
                return new PluginFile(DatabaseService.open(dataDir, settings, Set.of(f)), null);
            } catch (RuntimeException e) {
                return new PluginFile(null, e);
            }
        }).database();
    }

    /** A plugin file opened for this run, or why it could not be. */
    private record PluginFile(DatabaseService db, RuntimeException failure) {

        DatabaseService database() {
            if (failure != null) {
                throw failure;
            }
            return db;
        }

        void close() {
            if (db != null) {
                db.close();
            }
        }
    }
}
