package com.zepix.db.central;

import static com.zepix.db.central.jooq.tables.SyncStatus.SYNC_STATUS;
import static com.zepix.db.core.ValueChecks.notNull;

import com.zepix.db.central.jooq.tables.pojos.SyncStatus;
import com.zepix.db.central.jooq.tables.records.SyncStatusRecord;
import com.zepix.db.core.PluginDatabase;
import com.zepix.db.core.UtcTimestamps;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The last sync run per plugin ({@code sync_status}): one row per plugin, replaced by each run. */
public final class SyncStatusStore {

    private final PluginDatabase db;

    /**
     * A store over the bot core's handle, {@code db.plugin(DatabaseKey.CENTRAL_SYSTEM)}.
     *
     * @throws IllegalArgumentException if the handle is a plugin's
     */
    public SyncStatusStore(PluginDatabase central) {
        this.db = central.requireAccessTo(SYNC_STATUS);
    }

    /**
     * Records the run as the plugin's last, timed now in UTC; returns the stored row.
     *
     * @throws IllegalArgumentException if the plugin is not registered
     */
    public SyncStatus record(SyncResult result) {
        notNull("result", result);
        return db.writeAndGet(ctx -> {
            RegisteredPlugins.require(ctx, result.pluginId());
            upsert(ctx, result, UtcTimestamps.now());
            // Read back rather than rely on RETURNING from the update branch of an upsert.
            return select(ctx, result.pluginId()).orElseThrow();
        });
    }

    /** The plugin's last run, or empty if it was never synced. */
    public Optional<SyncStatus> findByPlugin(String pluginId) {
        return db.read(ctx -> select(ctx, RegisteredPlugins.require(ctx, pluginId)));
    }

    /** Every plugin's last run, by plugin id; plugins never synced have no row. */
    public List<SyncStatus> findAll() {
        return db.read(ctx -> ctx.selectFrom(SYNC_STATUS)
                .orderBy(SYNC_STATUS.PLUGIN_ID)
                .fetchInto(SyncStatus.class));
    }

    /** Inside the caller's transaction, so the sync ledger records status with the rows it describes. */
    static void upsert(DSLContext ctx, SyncResult result, LocalDateTime at) {
        SyncStatusRecord row = ctx.newRecord(SYNC_STATUS);
        row.setPluginId(result.pluginId());
        row.setLastSyncTime(at);
        row.setLastSyncSuccess(result.success());
        row.setRecordsSynced(result.recordsSynced());
        row.setErrorMessage(result.errorMessage());
        ctx.insertInto(SYNC_STATUS).set(row).onConflict(SYNC_STATUS.PLUGIN_ID).doUpdate().set(row).execute();
    }

    private static Optional<SyncStatus> select(DSLContext ctx, String pluginId) {
        return ctx.selectFrom(SYNC_STATUS)
                .where(SYNC_STATUS.PLUGIN_ID.eq(pluginId))
                .fetchOptionalInto(SyncStatus.class);
    }
}
