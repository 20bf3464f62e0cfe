package com.zepix.db.central;

import com.zepix.db.central.jooq.tables.records.AggregatedDailyTotalsRecord;
import com.zepix.db.core.WinRate;

/**
 * Trades entered over a range of days, as the dashboard shows them for one plugin or all.
 *
 * @param profitDollars profit of those trades so far (closed ones, and partial closes)
 * @param winRate percent of the closed ones with profit > 0; 0 when none closed
 */
public record RangeTotals(int trades, int closed, int winners, double profitDollars, double winRate) {

    /** Adds day rows up. */
    static final class Sum {
        private int trades;
        private int closed;
        private int winners;
        private double profit;

        void add(AggregatedDailyTotalsRecord day) {
            trades += day.getTrades();
            closed += day.getClosedTrades();
            winners += day.getWinningTrades();
            profit += day.getProfitDollars();
        }

        RangeTotals totals() {
            return new RangeTotals(trades, closed, winners, profit, WinRate.percent(winners, closed));
        }
    }
}
