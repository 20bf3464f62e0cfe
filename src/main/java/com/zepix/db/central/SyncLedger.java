package com.zepix.db.central;

import static com.zepix.db.central.jooq.Tables.AGGREGATED_TRADES;
import static com.zepix.db.central.jooq.Tables.PLUGINS_REGISTRY;
import static com.zepix.db.central.jooq.Tables.SYSTEM_CONFIG;
import static com.zepix.db.central.jooq.Tables.SYSTEM_EVENTS;

import com.zepix.db.core.InstanceId;
import com.zepix.db.core.JdbcBatch;
import com.zepix.db.core.PluginDatabase;
import com.zepix.db.core.PluginType;
import com.zepix.db.core.Severity;
import com.zepix.db.core.TradeSummary;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * Central's side of the sync: the aggregated rows, the cursor and the sync status of a plugin
 * are written in ONE central transaction. That is what makes a run that dies harmless: either
 * the rows and the cursor that says they are there commit together, or neither does and the
 * next run reads the same trades again (the upsert on (instance_id, plugin_id, mt5_ticket) makes
 * that a no-op). Everything it writes is its instance's own, so hosts sharing a central cannot
 * overwrite each other's trades, cursors or status.
 */
public final class SyncLedger {

    private static final int BATCH_SIZE = 5_000;

    private final PluginDatabase db;
    private final InstanceId instance;
    private final CursorSaveHook beforeCursorSave;

    /**
     * A ledger over the bot core's handle, {@code db.plugin(DatabaseKey.CENTRAL_SYSTEM)}.
     *
     * @throws IllegalArgumentException if the handle is a plugin's
     */
    public SyncLedger(PluginDatabase central) {
        this(central, InstanceId.LOCAL, CursorSaveHook.NONE);
    }

    /** A ledger writing as {@code instance} (a SQLite central's one instance is {@link InstanceId#LOCAL}). */
    public SyncLedger(PluginDatabase central, InstanceId instance) {
        this(central, instance, CursorSaveHook.NONE);
    }

    /**
     * A ledger that runs {@code beforeCursorSave} inside each success's transaction, after the
     * upserts and before the cursor is saved: where a crash would hurt if the two were not one
     * transaction. For fault tests.
     */
    public SyncLedger(PluginDatabase central, CursorSaveHook beforeCursorSave) {
        this(central, InstanceId.LOCAL, beforeCursorSave);
    }

    /** A ledger writing as {@code instance} that runs {@code beforeCursorSave} as above (for fault tests). */
    public SyncLedger(PluginDatabase central, InstanceId instance, CursorSaveHook beforeCursorSave) {
        this.db = central.requireAccessTo(AGGREGATED_TRADES);
        this.instance = java.util.Objects.requireNonNull(instance, "instance");
        this.beforeCursorSave = beforeCursorSave;
    }

    /** The instance whose rows, cursors and statuses this ledger writes. */
    public InstanceId instance() {
        return instance;
    }

    /**
     * Fails, with the file and SQLite's reason, unless central takes a write: a row is inserted and
     * rolled back. An empty transaction would prove nothing: BEGIN IMMEDIATE succeeds on a read-only
     * file in WAL mode (the write lock lives in the {@code -shm}); only writing a page fails.
     *
     * @throws com.zepix.db.core.DatabaseUnavailableException naming central when it cannot be written
     */
    public void requireWritable() {
        try {
            db.write(ctx -> {
                ctx.insertInto(SYSTEM_EVENTS).set(SYSTEM_EVENTS.EVENT_TYPE, "WRITE_CHECK").execute();
                throw new WriteCheckRolledBack();
            });
        } catch (WriteCheckRolledBack expected) {
            // central took the row, and the rollback took it away again
        }
    }

    /** Ends the write check's transaction by rollback. */
    private static final class WriteCheckRolledBack extends RuntimeException {
        WriteCheckRolledBack() {
            super(null, null, false, false);
        }
    }

    /** Plugin id to enabled, for every registered plugin. */
    public Map<String, Boolean> registeredPlugins() {
        return db.read(ctx -> ctx.select(PLUGINS_REGISTRY.PLUGIN_ID, PLUGINS_REGISTRY.ENABLED)
                .from(PLUGINS_REGISTRY)
                .fetchMap(PLUGINS_REGISTRY.PLUGIN_ID, PLUGINS_REGISTRY.ENABLED));
    }

    /** Where the plugin's last successful sync stopped; {@link SyncCursor#START} if it never ran. */
    public SyncCursor cursor(String pluginId) {
        return db.read(ctx -> ctx.select(SYSTEM_CONFIG.VALUE).from(SYSTEM_CONFIG)
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
        return db.writeAndGet(ctx -> {
            DailyTotalsKeeper dailyTotals = DailyTotalsKeeper.begin(ctx, instance, pluginId, now);
            UpsertCounts counts = upsertAll(ctx, instance, pluginId, type, read, dailyTotals, progress);
            dailyTotals.finish(ctx);
            beforeCursorSave.beforeCursorSave(pluginId);
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
        db.write(ctx -> {
            SyncStatusStore.upsert(ctx, instance, SyncResult.failed(pluginId, 0, error), now);
            SystemEventLog.insert(ctx, new NewSystemEvent(eventType, Severity.ERROR, pluginId,
                    InstanceId.LOCAL.equals(instance) ? error : "[" + instance + "] " + error), now);
        });
    }

    private static final List<Field<?>> UPSERT_PARAMETERS = List.of(
            AGGREGATED_TRADES.INSTANCE_ID, AGGREGATED_TRADES.PLUGIN_ID, AGGREGATED_TRADES.PLUGIN_TYPE, AGGREGATED_TRADES.MT5_TICKET,
            AGGREGATED_TRADES.SYMBOL, AGGREGATED_TRADES.DIRECTION, AGGREGATED_TRADES.LOT_SIZE,
            AGGREGATED_TRADES.ENTRY_TIME, AGGREGATED_TRADES.EXIT_TIME, AGGREGATED_TRADES.PROFIT_DOLLARS,
            AGGREGATED_TRADES.STATUS);

    /**
     * Multi-row upserts rendered once and bound straight to JDBC ({@link JdbcBatch}): rendering and
     * binding through jOOQ per trade, and a statement per trade, is what made a first sync of a long
     * history slow. Each batch's change to the daily totals is worked out before the batch
     * overwrites what it replaces.
     *
     * <p>The update branch runs only when some column differs, so SQLite counts a change for a new
     * or a changed row and none for a trade read again unchanged; the daily totals keeper knows
     * which tickets had no row yet, which tells the new ones apart from the changed ones.
     */
    private static UpsertCounts upsertAll(DSLContext ctx, InstanceId instance, String pluginId, PluginType type,
            List<TradeSummary> read, DailyTotalsKeeper dailyTotals, IntConsumer progress) {
        List<TradeSummary> withTicket = read.stream().filter(t -> t.mt5Ticket() != null).toList();
        int inserted = 0;
        int written = 0;
        try (JdbcBatch batch = JdbcBatch.prepare(ctx, rows -> upsert(ctx, rows), AGGREGATED_TRADES, UPSERT_PARAMETERS)) {
            for (int from = 0; from < withTicket.size(); from += BATCH_SIZE) {
                int to = Math.min(withTicket.size(), from + BATCH_SIZE);
                List<TradeSummary> chunk = withTicket.subList(from, to);
                inserted += dailyTotals.beforeUpsert(ctx, chunk);
                for (TradeSummary t : chunk) {
                    batch.add(instance.value(), pluginId, type, t.mt5Ticket(), t.symbol(), t.direction(), t.lotSize(),
                            t.entryTime(), t.exitTime(), t.profitDollars(), t.status());
                }
                written += batch.execute();
                progress.accept(to);
            }
        }
        return new UpsertCounts(inserted, written - inserted, withTicket.size() - written);
    }

    /** The upsert of {@code rows} trades: rows of placeholders, and on a known ticket that differs, every column replaced. */
    private static Query upsert(DSLContext ctx, int rows) {
        var insert = ctx.insertInto(AGGREGATED_TRADES, AGGREGATED_TRADES.INSTANCE_ID,
                AGGREGATED_TRADES.PLUGIN_ID, AGGREGATED_TRADES.PLUGIN_TYPE, AGGREGATED_TRADES.MT5_TICKET,
                AGGREGATED_TRADES.SYMBOL, AGGREGATED_TRADES.DIRECTION, AGGREGATED_TRADES.LOT_SIZE,
                AGGREGATED_TRADES.ENTRY_TIME, AGGREGATED_TRADES.EXIT_TIME, AGGREGATED_TRADES.PROFIT_DOLLARS,
                AGGREGATED_TRADES.STATUS);
        for (int i = 0; i < rows; i++) {
            insert = insert.values((String) null, null, null, null, null, null, null, null, null, null, null);
        }
        return insert.onConflict(AGGREGATED_TRADES.INSTANCE_ID, AGGREGATED_TRADES.PLUGIN_ID, AGGREGATED_TRADES.MT5_TICKET)
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
    }

    /**
     * The stored value and the new one differ, NULLs included. Spelt out because jOOQ renders
     * {@code IS DISTINCT FROM} on SQLite as a plain-SQL template.
     */
    private static <T> Condition differs(Field<T> column) {
        Field<T> incoming = DSL.excluded(column);
        return column.ne(incoming)
                .or(column.isNull().and(incoming.isNotNull()))
                .or(column.isNotNull().and(incoming.isNull()));
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
