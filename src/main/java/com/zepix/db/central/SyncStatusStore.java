package com.zepix.db.central;

import static com.zepix.db.central.jooq.tables.SyncStatus.SYNC_STATUS;
import static com.zepix.db.core.ValueChecks.notNull;

import com.zepix.db.central.jooq.tables.pojos.SyncStatus;
import com.zepix.db.central.jooq.tables.records.SyncStatusRecord;
import com.zepix.db.core.InstanceId;
import com.zepix.db.core.PluginDatabase;
import com.zepix.db.core.UtcTimestamps;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The last sync run per plugin ({@code sync_status}): one row per instance and plugin, replaced by
 * each run. A store writes and reads its own instance's rows; {@link #findAll()} shows every host's.
 */
public final class SyncStatusStore {

    private final PluginDatabase db;

    private final InstanceId instance;

    /**
     * A store over the bot core's handle, {@code db.plugin(DatabaseKey.CENTRAL_SYSTEM)}, for a
     * SQLite central, whose one instance is {@link InstanceId#LOCAL}.
     *
     * @throws IllegalArgumentException if the handle is a plugin's
     */
    public SyncStatusStore(PluginDatabase central) {
        this(central, InstanceId.LOCAL);
    }

    /** A store of {@code instance}'s rows. */
    public SyncStatusStore(PluginDatabase central, InstanceId instance) {
        this.db = central.requireAccessTo(SYNC_STATUS);
        this.instance = notNull("instance", instance);
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
            upsert(ctx, instance, result, UtcTimestamps.now());
            // Read back rather than rely on RETURNING from the update branch of an upsert.
            return select(ctx, instance, result.pluginId()).orElseThrow();
        });
    }

    /** The plugin's last run, or empty if it was never synced. */
    public Optional<SyncStatus> findByPlugin(String pluginId) {
        return db.read(ctx -> select(ctx, instance, RegisteredPlugins.require(ctx, pluginId)));
    }

    /** Every instance's and plugin's last run, by instance then plugin id; plugins never synced have no row. */
    public List<SyncStatus> findAll() {
        return db.read(ctx -> ctx.selectFrom(SYNC_STATUS)
                .orderBy(SYNC_STATUS.INSTANCE_ID, SYNC_STATUS.PLUGIN_ID)
                .fetchInto(SyncStatus.class));
    }

    /** Inside the caller's transaction, so the sync ledger records status with the rows it describes. */
    static void upsert(DSLContext ctx, InstanceId instance, SyncResult result, LocalDateTime at) {
        SyncStatusRecord row = ctx.newRecord(SYNC_STATUS);
        row.setInstanceId(instance.value());
        row.setPluginId(result.pluginId());
        row.setLastSyncTime(at);
        row.setLastSyncSuccess(result.success());
        row.setRecordsSynced(result.recordsSynced());
        row.setErrorMessage(result.errorMessage());
        ctx.insertInto(SYNC_STATUS).set(row).onConflict(SYNC_STATUS.INSTANCE_ID, SYNC_STATUS.PLUGIN_ID).doUpdate()
                .set(row).execute();
    }

    private static Optional<SyncStatus> select(DSLContext ctx, InstanceId instance, String pluginId) {
        return ctx.selectFrom(SYNC_STATUS)
                .where(SYNC_STATUS.INSTANCE_ID.eq(instance.value()).and(SYNC_STATUS.PLUGIN_ID.eq(pluginId)))
                .fetchOptionalInto(SyncStatus.class);
    }
}
