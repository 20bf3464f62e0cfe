package com.zepix.db.central;

import static com.zepix.db.central.jooq.Tables.AGGREGATED_DAILY_TOTALS;

import com.zepix.db.central.jooq.tables.records.AggregatedDailyTotalsRecord;
import com.zepix.db.core.DayRange;
import com.zepix.db.core.InstanceId;
import com.zepix.db.core.PluginDatabase;
import com.zepix.db.core.WinRate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Read-only dashboard figures over {@code aggregated_trades}, the one place all plugins' trades
 * meet: across every instance (host) sharing the central, or for one of them. They are read from
 * {@code aggregated_daily_totals}, the per-instance, per-plugin, per-day rollup that every write
 * to aggregated_trades keeps in step (see {@link DailyTotalsKeeper}, central V4/V5 and
 * central-postgresql V3), so a 90-day range reads a few hundred rows instead of grouping a million
 * trades. The same queries run on a SQLite and a PostgreSQL central.
 */
public final class DashboardQueries {

    private final PluginDatabase db;

    /**
     * A query set over the bot core's handle, {@code db.plugin(DatabaseKey.CENTRAL_SYSTEM)}.
     *
     * @throws IllegalArgumentException if the handle is a plugin's
     */
    public DashboardQueries(PluginDatabase central) {
        this.db = central.requireAccessTo(AGGREGATED_DAILY_TOTALS);
    }

    /** Per plugin and UTC day of entry in the range, all instances together, ordered by plugin then day; days without trades are absent. */
    public List<PluginDayTotals> totalsPerPluginPerDay(DayRange range) {
        return db.read(ctx -> days(ctx, range, DSL.noCondition()).stream().map(DashboardQueries::dayTotals).toList());
    }

    /** As {@link #totalsPerPluginPerDay(DayRange)}, counting only one instance's trades. */
    public List<PluginDayTotals> totalsPerPluginPerDay(DayRange range, InstanceId instance) {
        return db.read(ctx -> days(ctx, range, ofInstance(instance)).stream().map(DashboardQueries::dayTotals).toList());
    }

    /** The range per plugin per day, per plugin, and for all plugins together, across all instances, from one consistent snapshot. */
    public Dashboard dashboard(DayRange range) {
        return db.read(ctx -> dashboard(range, days(ctx, range, DSL.noCondition())));
    }

    /** As {@link #dashboard(DayRange)}, for one instance's trades. */
    public Dashboard dashboard(DayRange range, InstanceId instance) {
        return db.read(ctx -> dashboard(range, days(ctx, range, ofInstance(instance))));
    }

    /** The instances that have trades counted in central's rollup, sorted. */
    public List<InstanceId> instances() {
        var t = AGGREGATED_DAILY_TOTALS;
        return db.read(ctx -> ctx.selectDistinct(t.INSTANCE_ID).from(t).where(t.TRADES.gt(0))
                .orderBy(t.INSTANCE_ID)
                .fetch(r -> new InstanceId(r.value1())));
    }

    private static Condition ofInstance(InstanceId instance) {
        return AGGREGATED_DAILY_TOTALS.INSTANCE_ID.eq(instance.value());
    }

    private static Dashboard dashboard(DayRange range, List<AggregatedDailyTotalsRecord> rows) {
        Map<String, RangeTotals.Sum> perPlugin = new LinkedHashMap<>();
        RangeTotals.Sum all = new RangeTotals.Sum();
        for (AggregatedDailyTotalsRecord r : rows) {
            perPlugin.computeIfAbsent(r.getPluginId(), p -> new RangeTotals.Sum()).add(r);
            all.add(r);
        }
        Map<String, RangeTotals> plugins = new LinkedHashMap<>();
        perPlugin.forEach((plugin, sum) -> plugins.put(plugin, sum.totals()));
        return new Dashboard(range, rows.stream().map(DashboardQueries::dayTotals).toList(), plugins, all.totals());
    }

    /** The rollup's rows in the range that {@code which} selects, summed over instances per plugin and day. */
    private static List<AggregatedDailyTotalsRecord> days(DSLContext ctx, DayRange range, Condition which) {
        var t = AGGREGATED_DAILY_TOTALS;
        return ctx.select(t.PLUGIN_ID, t.DAY,
                        DSL.sum(t.TRADES).cast(SQLDataType.INTEGER),
                        DSL.sum(t.CLOSED_TRADES).cast(SQLDataType.INTEGER),
                        DSL.sum(t.WINNING_TRADES).cast(SQLDataType.INTEGER),
                        DSL.sum(t.PROFIT_DOLLARS).cast(SQLDataType.DOUBLE))
                .from(t)
                .where(t.DAY.between(range.from(), range.to()).and(t.TRADES.gt(0)).and(which))
                .groupBy(t.PLUGIN_ID, t.DAY)
                .orderBy(t.PLUGIN_ID, t.DAY)
                .fetch(r -> {
                    AggregatedDailyTotalsRecord day = new AggregatedDailyTotalsRecord();
                    day.setPluginId(r.value1());
                    day.setDay(r.value2());
                    day.setTrades(r.value3());
                    day.setClosedTrades(r.value4());
                    day.setWinningTrades(r.value5());
                    day.setProfitDollars(r.value6());
                    return day;
                });
    }

    private static PluginDayTotals dayTotals(AggregatedDailyTotalsRecord r) {
        return new PluginDayTotals(r.getPluginId(), r.getDay(), r.getTrades(), r.getClosedTrades(),
                r.getProfitDollars(), WinRate.percent(r.getWinningTrades(), r.getClosedTrades()));
    }
}
