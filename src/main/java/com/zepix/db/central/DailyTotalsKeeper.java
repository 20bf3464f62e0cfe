package com.zepix.db.central;

import static com.zepix.db.central.jooq.Tables.AGGREGATED_DAILY_TOTALS;
import static com.zepix.db.central.jooq.Tables.AGGREGATED_TRADES;
import static com.zepix.db.central.jooq.Tables.SYSTEM_CONFIG;

import com.zepix.db.core.InstanceId;
import com.zepix.db.core.SourceIdBatches;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.core.TradeSummary;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Keeps {@code aggregated_daily_totals} in step while the sync upserts one plugin's trades: it
 * works out each upsert's change per day in Java and adds the sum per day once, at the end, in
 * the same transaction. Meanwhile it silences the rollup's triggers (they keep it in step for
 * every other write), so nothing is counted twice: on SQLite by holding the system_config row the
 * V4 triggers look for, on PostgreSQL by the transaction-local setting the triggers of
 * central-postgresql V3 look for (no row, so hosts syncing at once do not queue on one key, and
 * the sync role needs no DELETE on system_config). Either is seen by this transaction alone.
 * Its rows are the instance's own: the rollup is keyed by instance, plugin and day.
 *
 * <p>Use: {@link #begin}, then {@link #beforeUpsert} for each batch before it is written, then
 * {@link #finish}, all inside one write transaction.
 */
final class DailyTotalsKeeper {

    /** The system_config key the V4 triggers look for; see schema/central/V4__aggregated_daily_totals.sql. */
    static final String SYNC_GATE_KEY = "aggregated_daily_totals.kept_by_sync";
    /** The setting the PostgreSQL triggers look for; see schema/central-postgresql/V3__aggregated_daily_totals.sql. */
    static final String SYNC_GATE_SETTING = "zepix.daily_totals_kept_by_sync";

    /** What one aggregated trade adds to its day; a trade without entry time adds to no day. */
    record Contribution(LocalDate day, boolean closed, boolean winner, double profit) {

        static final Contribution NONE = new Contribution(null, false, false, 0);

        static Contribution of(LocalDate day, TradeStatus status, Double profit) {
            if (day == null) {
                return NONE;
            }
            boolean closed = status == TradeStatus.CLOSED;
            return new Contribution(day, closed, closed && profit != null && profit > 0, profit == null ? 0 : profit);
        }
    }

    /** The change to one day's row. */
    private static final class DayChange {
        long trades;
        long closed;
        long winners;
        double profit;

        void add(Contribution c, int sign) {
            trades += sign;
            closed += c.closed() ? sign : 0;
            winners += c.winner() ? sign : 0;
            profit += sign * c.profit();
        }
    }

    private final InstanceId instance;
    private final String pluginId;
    /** Whether aggregated_trades held any row of this plugin when the run began: if not, nothing needs looking up. */
    private final boolean hadRows;
    /** What each ticket written in this run contributes now, so a ticket seen twice is counted once. */
    private final Map<Long, Contribution> written = new HashMap<>();
    private final Map<LocalDate, DayChange> changes = new TreeMap<>();

    private DailyTotalsKeeper(InstanceId instance, String pluginId, boolean hadRows) {
        this.instance = instance;
        this.pluginId = pluginId;
        this.hadRows = hadRows;
    }

    static DailyTotalsKeeper begin(DSLContext ctx, InstanceId instance, String pluginId, LocalDateTime now) {
        if (onServer(ctx)) {
            gateSetting(ctx, "on");
        } else {
            ctx.insertInto(SYSTEM_CONFIG)
                    .set(SYSTEM_CONFIG.KEY, SYNC_GATE_KEY)
                    .set(SYSTEM_CONFIG.VALUE, "a sync is writing " + pluginId + " (never committed)")
                    .set(SYSTEM_CONFIG.LAST_UPDATED, now)
                    .onConflictDoNothing()
                    .execute();
        }
        boolean hadRows = ctx.fetchExists(ctx.selectOne().from(AGGREGATED_TRADES)
                .where(AGGREGATED_TRADES.INSTANCE_ID.eq(instance.value()))
                .and(AGGREGATED_TRADES.PLUGIN_ID.eq(pluginId)));
        return new DailyTotalsKeeper(instance, pluginId, hadRows);
    }

    private static boolean onServer(DSLContext ctx) {
        return ctx.family() == SQLDialect.POSTGRES;
    }

    /** set_config(..., true) lasts until this transaction ends, committed or not: no other session sees it. */
    private static void gateSetting(DSLContext ctx, String value) {
        ctx.select(DSL.function(DSL.unquotedName("set_config"), String.class, DSL.val(SYNC_GATE_SETTING), DSL.val(value),
                DSL.inline(true))).fetch();
    }

    /**
     * Records what upserting {@code batch} changes; call before the batch is written.
     *
     * @return how many of its tickets have no row yet (the upsert inserts them)
     */
    int beforeUpsert(DSLContext ctx, List<TradeSummary> batch) {
        Map<Long, Contribution> stored = hadRows ? storedRows(ctx, batch) : Map.of();
        int fresh = 0;
        for (TradeSummary t : batch) {
            boolean seen = written.containsKey(t.mt5Ticket()) || stored.containsKey(t.mt5Ticket());
            if (!seen) {
                fresh++;
            }
            Contribution before = written.containsKey(t.mt5Ticket()) ? written.get(t.mt5Ticket())
                    : stored.getOrDefault(t.mt5Ticket(), null);
            if (before != null && before.day() != null) {
                change(before.day()).add(before, -1);
            }
            Contribution after = Contribution.of(t.entryTime() == null ? null : t.entryTime().toLocalDate(),
                    t.status(), t.profitDollars());
            if (after.day() != null) {
                change(after.day()).add(after, +1);
            }
            written.put(t.mt5Ticket(), after);
        }
        return fresh;
    }

    /** Adds the day changes to the rollup, drops days left without trades, and lets the triggers work again. */
    void finish(DSLContext ctx) {
        var rollup = AGGREGATED_DAILY_TOTALS;
        List<LocalDate> emptied = new ArrayList<>();
        for (Map.Entry<LocalDate, DayChange> e : changes.entrySet()) {
            DayChange c = e.getValue();
            if (c.trades == 0 && c.closed == 0 && c.winners == 0 && c.profit == 0) {
                continue;
            }
            // An update first: the CHECKs judge an INSERT's values before ON CONFLICT could add them
            // up, and a change alone (one more closed, no more trades) is no valid row.
            int updated = ctx.update(rollup)
                    .set(rollup.TRADES, rollup.TRADES.plus((int) c.trades))
                    .set(rollup.CLOSED_TRADES, rollup.CLOSED_TRADES.plus((int) c.closed))
                    .set(rollup.WINNING_TRADES, rollup.WINNING_TRADES.plus((int) c.winners))
                    .set(rollup.PROFIT_DOLLARS, rollup.PROFIT_DOLLARS.plus(c.profit))
                    .where(rollup.INSTANCE_ID.eq(instance.value()))
                    .and(rollup.PLUGIN_ID.eq(pluginId).and(rollup.DAY.eq(e.getKey())))
                    .execute();
            if (updated == 0) {
                ctx.insertInto(rollup)
                        .set(rollup.INSTANCE_ID, instance.value())
                        .set(rollup.PLUGIN_ID, pluginId)
                        .set(rollup.DAY, e.getKey())
                        .set(rollup.TRADES, (int) c.trades)
                        .set(rollup.CLOSED_TRADES, (int) c.closed)
                        .set(rollup.WINNING_TRADES, (int) c.winners)
                        .set(rollup.PROFIT_DOLLARS, c.profit)
                        .execute();
            }
            if (c.trades < 0) {
                emptied.add(e.getKey());
            }
        }
        if (!emptied.isEmpty()) {
            ctx.deleteFrom(rollup)
                    .where(rollup.INSTANCE_ID.eq(instance.value()))
                    .and(rollup.PLUGIN_ID.eq(pluginId).and(rollup.DAY.in(emptied)).and(rollup.TRADES.eq(0)))
                    .execute();
        }
        if (onServer(ctx)) {
            gateSetting(ctx, "off");
        } else {
            ctx.deleteFrom(SYSTEM_CONFIG).where(SYSTEM_CONFIG.KEY.eq(SYNC_GATE_KEY)).execute();
        }
    }

    private DayChange change(LocalDate day) {
        return changes.computeIfAbsent(day, d -> new DayChange());
    }

    /** The stored rows of this plugin with the batch's tickets (not yet written in this run), by ticket. */
    private Map<Long, Contribution> storedRows(DSLContext ctx, List<TradeSummary> batch) {
        List<Long> tickets = batch.stream().map(TradeSummary::mt5Ticket).filter(t -> !written.containsKey(t)).toList();
        Map<Long, Contribution> stored = new HashMap<>();
        Field<String> day = entryDay();
        for (List<Long> some : SourceIdBatches.of(tickets)) {
            ctx.select(AGGREGATED_TRADES.MT5_TICKET, day, AGGREGATED_TRADES.STATUS, AGGREGATED_TRADES.PROFIT_DOLLARS)
                    .from(AGGREGATED_TRADES)
                    .where(AGGREGATED_TRADES.INSTANCE_ID.eq(instance.value()))
                    .and(AGGREGATED_TRADES.PLUGIN_ID.eq(pluginId).and(AGGREGATED_TRADES.MT5_TICKET.in(some)))
                    .forEach(r -> stored.put(r.value1(), Contribution.of(
                            r.value2() == null ? null : LocalDate.parse(r.value2()), r.value3(), r.value4())));
        }
        return stored;
    }

    /** The day of entry_time exactly as the V4 triggers and the recount take it: its first ten characters. */
    static Field<String> entryDay() {
        return DSL.substring(AGGREGATED_TRADES.ENTRY_TIME.cast(SQLDataType.VARCHAR), 1, 10);
    }
}
