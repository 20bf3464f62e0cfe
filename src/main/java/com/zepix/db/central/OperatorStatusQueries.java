package com.zepix.db.central;

import static com.zepix.db.central.jooq.Tables.AGGREGATED_DAILY_TOTALS;
import static com.zepix.db.central.jooq.Tables.AGGREGATED_TRADES;
import static com.zepix.db.central.jooq.Tables.PLUGINS_REGISTRY;
import static com.zepix.db.central.jooq.Tables.SYNC_STATUS;
import static com.zepix.db.central.jooq.Tables.SYSTEM_EVENTS;

import com.zepix.db.central.jooq.tables.pojos.SystemEvents;
import com.zepix.db.core.DayRange;
import com.zepix.db.core.InstanceId;
import com.zepix.db.core.PluginStatus;
import com.zepix.db.core.Severity;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.core.WinRate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * What the operator's {@code status} reads from central, on a context the caller opened (read-only,
 * so looking never writes). Trade figures come from {@code aggregated_trades}: as of the last sync.
 */
public final class OperatorStatusQueries {

    private OperatorStatusQueries() {
    }

    /**
     * One registered plugin and its last sync.
     *
     * @param lastSyncTime UTC, null when never synced; likewise the other sync fields
     */
    public record PluginState(String pluginId, String name, boolean enabled, PluginStatus status, String statusMessage,
            LocalDateTime lastSyncTime, Boolean lastSyncSuccess, Integer recordsSynced, String syncError) {
    }

    /**
     * One plugin's day: trades entered, trades closed that day, the profit of those closes and
     * the percent of them with profit > 0.
     */
    public record PluginDay(int entries, int closes, double profitDollars, double winRate) {
    }

    /**
     * One plugin's history to date, by the UTC day each trade was entered: trades, how many of them
     * are closed, the profit of them all (no profit counted as 0), the percent of the closed ones
     * with profit > 0, and the first and last day with a trade.
     */
    public record PluginHistory(long trades, long closedTrades, double profitDollars, double winRate, LocalDate firstDay,
            LocalDate lastDay) {
    }

    /**
     * Per plugin, {@code instance}'s history to date; plugins without a trade are absent. Read from
     * central's daily rollup {@code aggregated_daily_totals} (a row per plugin and day), not from
     * the trades: cheap however long the history is (an imported legacy history included).
     */
    public static Map<String, PluginHistory> history(DSLContext ctx, InstanceId instance) {
        var t = AGGREGATED_DAILY_TOTALS;
        Field<Long> trades = DSL.sum(t.TRADES).cast(SQLDataType.BIGINT);
        Field<Long> closed = DSL.sum(t.CLOSED_TRADES).cast(SQLDataType.BIGINT);
        Field<Long> winners = DSL.sum(t.WINNING_TRADES).cast(SQLDataType.BIGINT);
        Field<Double> profit = DSL.sum(t.PROFIT_DOLLARS).cast(SQLDataType.DOUBLE);
        return ctx.select(t.PLUGIN_ID, trades, closed, winners, profit, DSL.min(t.DAY), DSL.max(t.DAY))
                .from(t)
                .where(t.INSTANCE_ID.eq(instance.value()))
                .and(t.TRADES.gt(0))
                .groupBy(t.PLUGIN_ID)
                .fetchMap(r -> r.value1(), r -> new PluginHistory(r.value2(), r.value3(),
                        r.value5() == null ? 0.0 : r.value5(), r.value3() == 0 ? 0.0 : 100.0 * r.value4() / r.value3(),
                        r.value6(), r.value7()));
    }

    /** Every registered plugin with its last sync, by plugin id (a SQLite central's one instance). */
    public static List<PluginState> plugins(DSLContext ctx) {
        return plugins(ctx, InstanceId.LOCAL);
    }

    /** Every registered plugin with {@code instance}'s last sync of it, by plugin id. */
    public static List<PluginState> plugins(DSLContext ctx, InstanceId instance) {
        return ctx.select(PLUGINS_REGISTRY.PLUGIN_ID, PLUGINS_REGISTRY.NAME, PLUGINS_REGISTRY.ENABLED,
                        PLUGINS_REGISTRY.STATUS, PLUGINS_REGISTRY.ERROR_MESSAGE, SYNC_STATUS.LAST_SYNC_TIME,
                        SYNC_STATUS.LAST_SYNC_SUCCESS, SYNC_STATUS.RECORDS_SYNCED, SYNC_STATUS.ERROR_MESSAGE)
                .from(PLUGINS_REGISTRY)
                .leftJoin(SYNC_STATUS).on(SYNC_STATUS.PLUGIN_ID.eq(PLUGINS_REGISTRY.PLUGIN_ID)
                        .and(SYNC_STATUS.INSTANCE_ID.eq(instance.value())))
                .orderBy(PLUGINS_REGISTRY.PLUGIN_ID)
                .fetch(r -> new PluginState(r.value1(), r.value2(), Boolean.TRUE.equals(r.value3()), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9()));
    }

    /** Trades not yet fully closed, per plugin; plugins without any are absent. */
    public static Map<String, Integer> openTrades(DSLContext ctx) {
        return openTrades(ctx, InstanceId.LOCAL);
    }

    /** {@code instance}'s trades not yet fully closed, per plugin. */
    public static Map<String, Integer> openTrades(DSLContext ctx, InstanceId instance) {
        return ctx.select(AGGREGATED_TRADES.PLUGIN_ID, DSL.count())
                .from(AGGREGATED_TRADES)
                .where(AGGREGATED_TRADES.STATUS.ne(TradeStatus.CLOSED).or(AGGREGATED_TRADES.STATUS.isNull()))
                .and(AGGREGATED_TRADES.INSTANCE_ID.eq(instance.value()))
                .groupBy(AGGREGATED_TRADES.PLUGIN_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    /** Per plugin, its trades entered and closed on that UTC day; plugins with neither are absent. */
    public static Map<String, PluginDay> day(DSLContext ctx, DayRange day) {
        return day(ctx, day, InstanceId.LOCAL);
    }

    /** As {@link #day(DSLContext, DayRange)}, over {@code instance}'s trades. */
    public static Map<String, PluginDay> day(DSLContext ctx, DayRange day, InstanceId instance) {
        Field<LocalDateTime> entry = AGGREGATED_TRADES.ENTRY_TIME;
        Field<LocalDateTime> exit = AGGREGATED_TRADES.EXIT_TIME;
        Condition enteredThatDay = entry.ge(day.start()).and(entry.lt(day.end()));
        Condition closedThatDay = AGGREGATED_TRADES.STATUS.eq(TradeStatus.CLOSED).and(exit.ge(day.start()))
                .and(exit.lt(day.end()));
        Field<Integer> entries = DSL.sum(DSL.when(enteredThatDay, 1).otherwise(0)).cast(SQLDataType.INTEGER);
        Field<Integer> closes = DSL.sum(DSL.when(closedThatDay, 1).otherwise(0)).cast(SQLDataType.INTEGER);
        Field<Double> profit = DSL.sum(DSL.when(closedThatDay, AGGREGATED_TRADES.PROFIT_DOLLARS).otherwise(0.0))
                .cast(SQLDataType.DOUBLE);
        Field<Integer> winners = DSL.sum(DSL.when(closedThatDay.and(AGGREGATED_TRADES.PROFIT_DOLLARS.gt(0.0)), 1)
                .otherwise(0)).cast(SQLDataType.INTEGER);
        return ctx.select(AGGREGATED_TRADES.PLUGIN_ID, entries, closes, profit, winners)
                .from(AGGREGATED_TRADES)
                .where(enteredThatDay.or(closedThatDay))
                .and(AGGREGATED_TRADES.INSTANCE_ID.eq(instance.value()))
                .groupBy(AGGREGATED_TRADES.PLUGIN_ID)
                .fetchMap(r -> r.value1(), r -> new PluginDay(r.value2(), r.value3(), r.value4() == null ? 0.0 : r.value4(),
                        WinRate.percent(r.value5(), r.value3())));
    }

    /** The newest ERROR and CRITICAL events, newest first. */
    public static List<SystemEvents> lastProblems(DSLContext ctx, int limit) {
        return ctx.selectFrom(SYSTEM_EVENTS)
                .where(SYSTEM_EVENTS.SEVERITY.in(Severity.ERROR, Severity.CRITICAL))
                .orderBy(SYSTEM_EVENTS.EVENT_TIME.desc(), SYSTEM_EVENTS.ID.desc())
                .limit(limit)
                .fetchInto(SystemEvents.class);
    }
}
