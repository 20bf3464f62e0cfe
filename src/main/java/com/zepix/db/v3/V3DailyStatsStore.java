package com.zepix.db.v3;

import static com.zepix.db.v3.jooq.Tables.COMBINED_V3_TRADES;
import static com.zepix.db.v3.jooq.Tables.V3_DAILY_STATS;

import com.zepix.db.core.CheckedRows;
import com.zepix.db.core.DayRange;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.OrderStatus;
import com.zepix.db.core.PluginDatabase;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.core.TradeSummary;
import com.zepix.db.core.WinRate;
import com.zepix.db.v3.jooq.tables.records.CombinedV3TradesRecord;
import com.zepix.db.v3.jooq.tables.pojos.V3DailyStats;
import com.zepix.db.v3.jooq.tables.records.V3DailyStatsRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Recomputes {@code v3_daily_stats} from the trades entered on each UTC day (the day's cohort):
 * its dual entries, how many of their Order A and Order B have closed, entries per logic route,
 * their profit so far, and the win rate of those that have closed. Recomputing replaces the
 * rows, so running it again gives the same rows. Days without entries have no row. A trade's profit
 * is {@link TradeSummary#totalProfit}: its total, else what its orders have booked. A row that cannot
 * be read fails the whole recomputation ({@link com.zepix.db.core.UnreadableRowException}) and no
 * stats row is written or removed.
 */
public final class V3DailyStatsStore {

    private final PluginDatabase db;

    /**
     * A store over the V3 plugin's handle, {@code db.plugin(DatabaseKey.V3_COMBINED)}.
     *
     * @throws IllegalArgumentException if the handle is another key's
     */
    public V3DailyStatsStore(PluginDatabase v3) {
        this.db = v3.requireAccessTo(V3_DAILY_STATS).requireAccessTo(COMBINED_V3_TRADES);
    }

    /**
     * Recomputes and stores one row per day of the range that has entries, in one transaction; a
     * day without entries loses any row it had.
     *
     * @return the stored rows, in day order
     */
    public List<V3DailyStats> recompute(DayRange range) {
        return db.writeAndGet(ctx -> {
            Map<LocalDate, List<CombinedV3TradesRecord>> byDay = CheckedRows.read(ctx, db.file(), COMBINED_V3_TRADES, COMBINED_V3_TRADES.ID,
                            COMBINED_V3_TRADES.ENTRY_TIME.ge(range.start()).and(COMBINED_V3_TRADES.ENTRY_TIME.lt(range.end())),
                            t -> t)
                    .stream()
                    .collect(Collectors.groupingBy(t -> t.getEntryTime().toLocalDate()));
            // A day without entries gets no row (an all-zero row would only say "nothing happened"),
            // and loses any row it had, so the table always matches the trades.
            ctx.deleteFrom(V3_DAILY_STATS)
                    .where(V3_DAILY_STATS.DATE.between(range.from(), range.to()).and(V3_DAILY_STATS.DATE.notIn(byDay.keySet())))
                    .execute();
            return range.days().stream().filter(byDay::containsKey).map(day -> {
                V3DailyStatsRecord row = stats(day, byDay.get(day));
                ctx.insertInto(V3_DAILY_STATS).set(row)
                        .onConflict(V3_DAILY_STATS.DATE).doUpdate().set(row)
                        .execute();
                return row.into(V3DailyStats.class);
            }).toList();
        });
    }

    static V3DailyStatsRecord stats(LocalDate day, List<CombinedV3TradesRecord> trades) {
        List<CombinedV3TradesRecord> closed = trades.stream().filter(t -> t.getStatus() == TradeStatus.CLOSED).toList();
        int winners = (int) closed.stream().filter(t -> profit(t) != null && profit(t) > 0).count();
        V3DailyStatsRecord row = new V3DailyStatsRecord();
        row.setDate(day);
        row.setTotalDualEntries(trades.size());
        row.setTotalOrderAClosed(count(trades, t -> t.getOrderAStatus() == OrderStatus.CLOSED));
        row.setTotalOrderBClosed(count(trades, t -> t.getOrderBStatus() == OrderStatus.CLOSED));
        row.setLogic1Trades(count(trades, t -> t.getLogicRoute() == LogicRoute.LOGIC1));
        row.setLogic2Trades(count(trades, t -> t.getLogicRoute() == LogicRoute.LOGIC2));
        row.setLogic3Trades(count(trades, t -> t.getLogicRoute() == LogicRoute.LOGIC3));
        row.setTotalProfitDollars(trades.stream().mapToDouble(t -> profit(t) == null ? 0 : profit(t)).sum());
        row.setWinRate(WinRate.percent(winners, closed.size()));
        return row;
    }

    /** The sync's rule: the trade's total, else what its orders have booked (a PARTIAL trade has no total yet). */
    private static Double profit(CombinedV3TradesRecord t) {
        return TradeSummary.totalProfit(t.getTotalProfitDollars(), t.getOrderAProfitDollars(), t.getOrderBProfitDollars());
    }

    private static int count(List<CombinedV3TradesRecord> trades, java.util.function.Predicate<CombinedV3TradesRecord> p) {
        return (int) trades.stream().filter(p).count();
    }
}
