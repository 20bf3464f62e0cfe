package com.zepix.db.central;

import static com.zepix.db.central.jooq.Tables.AGGREGATED_TRADES;
import static com.zepix.db.central.jooq.Tables.PLUGINS_REGISTRY;
import static com.zepix.db.central.jooq.Tables.SYNC_STATUS;
import static com.zepix.db.central.jooq.Tables.SYSTEM_CONFIG;
import static com.zepix.db.central.jooq.Tables.SYSTEM_EVENTS;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.PluginType;
import com.zepix.db.core.Severity;
import com.zepix.db.core.TradeSummary;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Central's side of the sync: the aggregated rows, the cursor and the sync status of a plugin
 * are written in ONE central transaction. That is what makes a run that dies harmless: either
 * the rows and the cursor that says they are there commit together, or neither does and the
 * next run reads the same trades again (the upsert on (plugin_id, mt5_ticket) makes that a no-op).
 */
public final class SyncLedger {

    private static final DatabaseKey KEY = DatabaseKey.CENTRAL_SYSTEM;

    private final DatabaseService db;
    private final Runnable beforeCursorSave;

    public SyncLedger(DatabaseService db) {
        this(db, () -> { });
    }

    private SyncLedger(DatabaseService db, Runnable beforeCursorSave) {
        this.db = db;
        this.beforeCursorSave = beforeCursorSave;
    }

    /**
     * A ledger that runs {@code fault} inside the transaction after the upserts and before the
     * cursor is saved: the place where a crash would hurt if the two were not one transaction.
     * For fault tests only.
     */
    public static SyncLedger withFaultBeforeCursorSave(DatabaseService db, Runnable fault) {
        return new SyncLedger(db, fault);
    }

    /** Plugin id to enabled, for every registered plugin. */
    public Map<String, Boolean> registeredPlugins() {
        return db.read(KEY, ctx -> ctx.select(PLUGINS_REGISTRY.PLUGIN_ID, PLUGINS_REGISTRY.ENABLED)
                .from(PLUGINS_REGISTRY)
                .fetchMap(PLUGINS_REGISTRY.PLUGIN_ID, PLUGINS_REGISTRY.ENABLED));
    }

    public SyncCursor cursor(String pluginId) {
        return db.read(KEY, ctx -> ctx.select(SYSTEM_CONFIG.VALUE).from(SYSTEM_CONFIG)
                .where(SYSTEM_CONFIG.KEY.eq(SyncCursor.configKey(pluginId)))
                .fetchOptional(SYSTEM_CONFIG.VALUE)
                .map(SyncCursor::decode)
                .orElse(SyncCursor.START));
    }

    /**
     * Upserts the trades that have a ticket, moves the cursor and marks the sync successful.
     *
     * @return how many trades were upserted (those without any ticket are not)
     */
    public int recordSuccess(String pluginId, PluginType type, List<TradeSummary> read, SyncCursor next,
            LocalDateTime now) {
        return db.writeAndGet(KEY, ctx -> {
            int upserted = 0;
            for (TradeSummary trade : read) {
                if (trade.mt5Ticket() != null) {
                    upsert(ctx, pluginId, type, trade);
                    upserted++;
                }
            }
            beforeCursorSave.run();
            saveCursor(ctx, pluginId, next, now);
            ctx.insertInto(SYNC_STATUS)
                    .set(SYNC_STATUS.PLUGIN_ID, pluginId)
                    .set(SYNC_STATUS.LAST_SYNC_TIME, now)
                    .set(SYNC_STATUS.LAST_SYNC_SUCCESS, true)
                    .set(SYNC_STATUS.RECORDS_SYNCED, upserted)
                    .setNull(SYNC_STATUS.ERROR_MESSAGE)
                    .onConflict(SYNC_STATUS.PLUGIN_ID).doUpdate()
                    .set(SYNC_STATUS.LAST_SYNC_TIME, now)
                    .set(SYNC_STATUS.LAST_SYNC_SUCCESS, true)
                    .set(SYNC_STATUS.RECORDS_SYNCED, upserted)
                    .setNull(SYNC_STATUS.ERROR_MESSAGE)
                    .execute();
            return upserted;
        });
    }

    /** The failure goes to sync_status and, as an ERROR, to system_events; the cursor stays where it was. */
    public void recordFailure(String pluginId, String error, LocalDateTime now) {
        db.write(KEY, ctx -> {
            ctx.insertInto(SYNC_STATUS)
                    .set(SYNC_STATUS.PLUGIN_ID, pluginId)
                    .set(SYNC_STATUS.LAST_SYNC_TIME, now)
                    .set(SYNC_STATUS.LAST_SYNC_SUCCESS, false)
                    .set(SYNC_STATUS.RECORDS_SYNCED, 0)
                    .set(SYNC_STATUS.ERROR_MESSAGE, error)
                    .onConflict(SYNC_STATUS.PLUGIN_ID).doUpdate()
                    .set(SYNC_STATUS.LAST_SYNC_TIME, now)
                    .set(SYNC_STATUS.LAST_SYNC_SUCCESS, false)
                    .set(SYNC_STATUS.RECORDS_SYNCED, 0)
                    .set(SYNC_STATUS.ERROR_MESSAGE, error)
                    .execute();
            ctx.insertInto(SYSTEM_EVENTS)
                    .set(SYSTEM_EVENTS.EVENT_TIME, now)
                    .set(SYSTEM_EVENTS.EVENT_TYPE, "SYNC_FAILED")
                    .set(SYSTEM_EVENTS.PLUGIN_ID, pluginId)
                    .set(SYSTEM_EVENTS.SEVERITY, Severity.ERROR)
                    .set(SYSTEM_EVENTS.DESCRIPTION, error)
                    .execute();
        });
    }

    private static void upsert(DSLContext ctx, String pluginId, PluginType type, TradeSummary t) {
        ctx.insertInto(AGGREGATED_TRADES)
                .set(AGGREGATED_TRADES.PLUGIN_ID, pluginId)
                .set(AGGREGATED_TRADES.PLUGIN_TYPE, type)
                .set(AGGREGATED_TRADES.MT5_TICKET, t.mt5Ticket())
                .set(AGGREGATED_TRADES.SYMBOL, t.symbol())
                .set(AGGREGATED_TRADES.DIRECTION, t.direction())
                .set(AGGREGATED_TRADES.LOT_SIZE, t.lotSize())
                .set(AGGREGATED_TRADES.ENTRY_TIME, t.entryTime())
                .set(AGGREGATED_TRADES.EXIT_TIME, t.exitTime())
                .set(AGGREGATED_TRADES.PROFIT_DOLLARS, t.profitDollars())
                .set(AGGREGATED_TRADES.STATUS, t.status())
                .onConflict(AGGREGATED_TRADES.PLUGIN_ID, AGGREGATED_TRADES.MT5_TICKET).doUpdate()
                .set(AGGREGATED_TRADES.PLUGIN_TYPE, type)
                .set(AGGREGATED_TRADES.SYMBOL, t.symbol())
                .set(AGGREGATED_TRADES.DIRECTION, t.direction())
                .set(AGGREGATED_TRADES.LOT_SIZE, t.lotSize())
                .set(AGGREGATED_TRADES.ENTRY_TIME, t.entryTime())
                .set(AGGREGATED_TRADES.EXIT_TIME, t.exitTime())
                .set(AGGREGATED_TRADES.PROFIT_DOLLARS, t.profitDollars())
                .set(AGGREGATED_TRADES.STATUS, t.status())
                .execute();
    }

    private static void saveCursor(DSLContext ctx, String pluginId, SyncCursor next, LocalDateTime now) {
        ctx.insertInto(SYSTEM_CONFIG)
                .set(SYSTEM_CONFIG.KEY, SyncCursor.configKey(pluginId))
                .set(SYSTEM_CONFIG.VALUE, next.encode())
                .set(SYSTEM_CONFIG.LAST_UPDATED, now)
                .onConflict(SYSTEM_CONFIG.KEY).doUpdate()
                .set(SYSTEM_CONFIG.VALUE, next.encode())
                .set(SYSTEM_CONFIG.LAST_UPDATED, now)
                .execute();
    }
}
