package com.zepix.db.central;

import static com.zepix.db.central.jooq.Tables.AGGREGATED_DAILY_TOTALS;

import com.zepix.db.central.jooq.tables.records.AggregatedDailyTotalsRecord;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.DayRange;
import com.zepix.db.core.WinRate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only dashboard figures over {@code aggregated_trades}, the one place all plugins' trades
 * meet. They are read from {@code aggregated_daily_totals}, the per-plugin, per-day rollup that
 * every write to aggregated_trades keeps in step (see {@link DailyTotalsKeeper} and central V4),
 * so a 90-day range reads a few hundred rows instead of grouping a million trades.
 */
public final class DashboardQueries {

    private final DatabaseService db;

    public DashboardQueries(DatabaseService db) {
        this.db = db;
    }

    /** Per plugin and UTC day of entry in the range, ordered by plugin then day; days without trades are absent. */
    public List<PluginDayTotals> totalsPerPluginPerDay(DayRange range) {
        return db.read(DatabaseKey.CENTRAL_SYSTEM, ctx -> days(ctx, range).stream().map(DashboardQueries::dayTotals).toList());
    }

    /** The range per plugin per day, per plugin, and for all plugins together, from one consistent snapshot. */
    public Dashboard dashboard(DayRange range) {
        return db.read(DatabaseKey.CENTRAL_SYSTEM, ctx -> {
            List<AggregatedDailyTotalsRecord> rows = days(ctx, range);
            Map<String, RangeTotals.Sum> perPlugin = new LinkedHashMap<>();
            RangeTotals.Sum all = new RangeTotals.Sum();
            for (AggregatedDailyTotalsRecord r : rows) {
                perPlugin.computeIfAbsent(r.getPluginId(), p -> new RangeTotals.Sum()).add(r);
                all.add(r);
            }
            Map<String, RangeTotals> plugins = new LinkedHashMap<>();
            perPlugin.forEach((plugin, sum) -> plugins.put(plugin, sum.totals()));
            return new Dashboard(range, rows.stream().map(DashboardQueries::dayTotals).toList(), plugins, all.totals());
        });
    }

    private static List<AggregatedDailyTotalsRecord> days(org.jooq.DSLContext ctx, DayRange range) {
        var t = AGGREGATED_DAILY_TOTALS;
        return ctx.selectFrom(t)
                .where(t.DAY.between(range.from(), range.to()).and(t.TRADES.gt(0)))
                .orderBy(t.PLUGIN_ID, t.DAY)
                .fetch();
    }

    private static PluginDayTotals dayTotals(AggregatedDailyTotalsRecord r) {
        return new PluginDayTotals(r.getPluginId(), r.getDay(), r.getTrades(), r.getClosedTrades(),
                r.getProfitDollars(), WinRate.percent(r.getWinningTrades(), r.getClosedTrades()));
    }
}
