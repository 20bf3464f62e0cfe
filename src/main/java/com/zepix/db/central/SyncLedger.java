package com.zepix.db.central;

import static com.zepix.db.central.jooq.Tables.AGGREGATED_TRADES;
import static com.zepix.db.central.jooq.Tables.PLUGINS_REGISTRY;
import static com.zepix.db.central.jooq.Tables.SYSTEM_CONFIG;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.InstanceId;
import com.zepix.db.core.PluginType;
import com.zepix.db.core.Severity;
import com.zepix.db.core.TradeSummary;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Central's side of the sync: the aggregated rows, the cursor and the sync status of a plugin
 * are written in ONE central transaction. That is what makes a run that dies harmless: either
 * the rows and the cursor that says they are there commit together, or neither does and the
 * next run reads the same trades again (the upsert on (instance_id, plugin_id, mt5_ticket)
 * makes that a no-op). Everything it writes is the instance's own, so hosts sharing a central
 * (PostgreSQL) never touch one another's rows, cursors or status.
 */
public final class SyncLedger {

    private static final DatabaseKey KEY = DatabaseKey.CENTRAL_SYSTEM;
    private static final int BATCH_SIZE = 5_000;

    private final DatabaseService db;
    private final InstanceId instance;
    private final Runnable beforeCursorSave;

    /** The ledger of a SQLite central, whose one instance is {@link InstanceId#LOCAL}. */
    public SyncLedger(DatabaseService db) {
        this(db, InstanceId.LOCAL);
    }

    public SyncLedger(DatabaseService db, InstanceId instance) {
        this(db, instance, () -> { });
    }

    private SyncLedger(DatabaseService db, InstanceId instance, Runnable beforeCursorSave) {
        this.db = db;
        this.instance = instance;
        this.beforeCursorSave = beforeCursorSave;
    }

    /**
     * A ledger that runs {@code fault} inside the transaction after the upserts and before the
     * cursor is saved: the place where a crash would hurt if the two were not one transaction.
     * For fault tests only.
     */
    public static SyncLedger withFaultBeforeCursorSave(DatabaseService db, Runnable fault) {
        return withFaultBeforeCursorSave(db, InstanceId.LOCAL, fault);
    }

    public static SyncLedger withFaultBeforeCursorSave(DatabaseService db, InstanceId instance, Runnable fault) {
        return new SyncLedger(db, instance, fault);
    }

    public InstanceId instance() {
        return instance;
    }

    /** Plugin id to enabled, for every registered plugin. */
    public Map<String, Boolean> registeredPlugins() {
        return db.read(KEY, ctx -> ctx.select(PLUGINS_REGISTRY.PLUGIN_ID, PLUGINS_REGISTRY.ENABLED)
                .from(PLUGINS_REGISTRY)
                .fetchMap(PLUGINS_REGISTRY.PLUGIN_ID, PLUGINS_REGISTRY.ENABLED));
    }

    public SyncCursor cursor(String pluginId) {
        return db.read(KEY, ctx -> ctx.select(SYSTEM_CONFIG.VALUE).from(SYSTEM_CONFIG)
                .where(SYSTEM_CONFIG.KEY.eq(SyncCursor.configKey(instance, pluginId)))
                .fetchOptional(SYSTEM_CONFIG.VALUE)
                .map(SyncCursor::decode)
                .orElse(SyncCursor.START));
    }

    /**
     * Upserts the trades that have a ticket, moves the cursor and marks the sync successful.
     *
     * @return how many trades were new, changed or unchanged (those without any ticket are none of these)
     */
    public UpsertCounts recordSuccess(String pluginId, PluginType type, List<TradeSummary> read, SyncCursor next,
            LocalDateTime now) {
        return recordSuccess(pluginId, type, read, next, now, done -> { });
    }

    /** @param progress hears how many of {@code read} have been upserted so far, batch by batch */
    public UpsertCounts recordSuccess(String pluginId, PluginType type, List<TradeSummary> read, SyncCursor next,
            LocalDateTime now, IntConsumer progress) {
        return db.writeAndGet(KEY, ctx -> {
            UpsertCounts counts = upsertAll(ctx, instance, pluginId, type, read, progress);
            beforeCursorSave.run();
            saveCursor(ctx, SyncCursor.configKey(instance, pluginId), next, now);
            SyncStatusStore.upsert(ctx, instance, SyncResult.succeeded(pluginId, counts.written()), now);
            return counts;
        });
    }

    /** The failure goes to sync_status and, as an ERROR, to system_events; the cursor stays where it was. */
    public void recordFailure(String pluginId, String error, LocalDateTime now) {
        recordFailure(pluginId, "SYNC_FAILED", error, now);
    }

    /**
     * A failure of another run over the plugin's trades (e.g. {@code STATS_FAILED}), recorded the
     * same way: in sync_status, and as an ERROR event of that type. The cursor stays where it was.
     */
    public void recordFailure(String pluginId, String eventType, String error, LocalDateTime now) {
        db.write(KEY, ctx -> {
            SyncStatusStore.upsert(ctx, instance, SyncResult.failed(pluginId, 0, error), now);
            SystemEventLog.insert(ctx, new NewSystemEvent(eventType, Severity.ERROR, pluginId,
                    InstanceId.LOCAL.equals(instance) ? error : "[" + instance + "] " + error), now);
        });
    }

    /**
     * One prepared upsert, executed as JDBC batches: rendering the statement once instead of once
     * per trade is what makes a first sync of a long history take seconds, not minutes.
     *
     * <p>The update branch runs only when some column differs, so SQLite counts a change for a new
     * or a changed row and none for a trade read again unchanged; the plugin's row count before and
     * after tells the new ones apart from the changed ones.
     */
    private static UpsertCounts upsertAll(DSLContext ctx, InstanceId instance, String pluginId, PluginType type,
            List<TradeSummary> read, IntConsumer progress) {
        int before = rowsOf(ctx, instance, pluginId);
        var upsert = ctx.insertInto(AGGREGATED_TRADES,
                        AGGREGATED_TRADES.INSTANCE_ID, AGGREGATED_TRADES.PLUGIN_ID, AGGREGATED_TRADES.PLUGIN_TYPE,
                        AGGREGATED_TRADES.MT5_TICKET, AGGREGATED_TRADES.SYMBOL, AGGREGATED_TRADES.DIRECTION, AGGREGATED_TRADES.LOT_SIZE,
                        AGGREGATED_TRADES.ENTRY_TIME, AGGREGATED_TRADES.EXIT_TIME, AGGREGATED_TRADES.PROFIT_DOLLARS,
                        AGGREGATED_TRADES.STATUS)
                .values((String) null, null, null, null, null, null, null, null, null, null, null)
                .onConflict(AGGREGATED_TRADES.INSTANCE_ID, AGGREGATED_TRADES.PLUGIN_ID, AGGREGATED_TRADES.MT5_TICKET)
                .doUpdate()
                .set(AGGREGATED_TRADES.PLUGIN_TYPE, DSL.excluded(AGGREGATED_TRADES.PLUGIN_TYPE))
                .set(AGGREGATED_TRADES.SYMBOL, DSL.excluded(AGGREGATED_TRADES.SYMBOL))
                .set(AGGREGATED_TRADES.DIRECTION, DSL.excluded(AGGREGATED_TRADES.DIRECTION))
                .set(AGGREGATED_TRADES.LOT_SIZE, DSL.excluded(AGGREGATED_TRADES.LOT_SIZE))
                .set(AGGREGATED_TRADES.ENTRY_TIME, DSL.excluded(AGGREGATED_TRADES.ENTRY_TIME))
                .set(AGGREGATED_TRADES.EXIT_TIME, DSL.excluded(AGGREGATED_TRADES.EXIT_TIME))
                .set(AGGREGATED_TRADES.PROFIT_DOLLARS, DSL.excluded(AGGREGATED_TRADES.PROFIT_DOLLARS))
                .set(AGGREGATED_TRADES.STATUS, DSL.excluded(AGGREGATED_TRADES.STATUS))
                .where(differs(AGGREGATED_TRADES.PLUGIN_TYPE).or(differs(AGGREGATED_TRADES.SYMBOL))
                        .or(differs(AGGREGATED_TRADES.DIRECTION)).or(differs(AGGREGATED_TRADES.LOT_SIZE))
                        .or(differs(AGGREGATED_TRADES.ENTRY_TIME)).or(differs(AGGREGATED_TRADES.EXIT_TIME))
                        .or(differs(AGGREGATED_TRADES.PROFIT_DOLLARS)).or(differs(AGGREGATED_TRADES.STATUS)));
        int upserted = 0;
        int written = 0;
        BatchBindStep batch = ctx.batch(upsert);
        for (TradeSummary t : read) {
            if (t.mt5Ticket() == null) {
                continue;
            }
            batch = batch.bind(instance.value(), pluginId, type, t.mt5Ticket(), t.symbol(), t.direction(), t.lotSize(),
                    t.entryTime(), t.exitTime(), t.profitDollars(), t.status());
            if (++upserted % BATCH_SIZE == 0) {
                written += changes(batch.execute());
                batch = ctx.batch(upsert);
                progress.accept(upserted);
            }
        }
        if (upserted % BATCH_SIZE != 0) {
            written += changes(batch.execute());
            progress.accept(upserted);
        }
        int inserted = rowsOf(ctx, instance, pluginId) - before;
        return new UpsertCounts(inserted, written - inserted, upserted - written);
    }

    /**
     * The stored value and the new one differ, NULLs included. Spelt out because jOOQ renders
     * {@code IS DISTINCT FROM} on SQLite as a plain-SQL template, which the isolation guard refuses.
     */
    private static <T> Condition differs(Field<T> column) {
        Field<T> incoming = DSL.excluded(column);
        return column.ne(incoming)
                .or(column.isNull().and(incoming.isNotNull()))
                .or(column.isNotNull().and(incoming.isNull()));
    }

    private static int changes(int[] counts) {
        return Arrays.stream(counts).sum();
    }

    /** This instance's rows only: on a shared central, other hosts insert rows of the same plugin meanwhile. */
    private static int rowsOf(DSLContext ctx, InstanceId instance, String pluginId) {
        return ctx.fetchCount(AGGREGATED_TRADES, AGGREGATED_TRADES.INSTANCE_ID.eq(instance.value())
                .and(AGGREGATED_TRADES.PLUGIN_ID.eq(pluginId)));
    }

    private static void saveCursor(DSLContext ctx, String key, SyncCursor next, LocalDateTime now) {
        ctx.insertInto(SYSTEM_CONFIG)
                .set(SYSTEM_CONFIG.KEY, key)
                .set(SYSTEM_CONFIG.VALUE, next.encode())
                .set(SYSTEM_CONFIG.LAST_UPDATED, now)
                .onConflict(SYSTEM_CONFIG.KEY).doUpdate()
                .set(SYSTEM_CONFIG.VALUE, next.encode())
                .set(SYSTEM_CONFIG.LAST_UPDATED, now)
                .execute();
    }
}
