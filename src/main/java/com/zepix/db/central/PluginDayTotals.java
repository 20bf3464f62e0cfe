package com.zepix.db.central;

import java.time.LocalDate;

/**
 * One plugin's day on the dashboard. Entries count by the day a trade was entered; closed
 * trades, profit and win rate by the day it closed, when its profit became real.
 *
 * @param winRate percent of the day's closed trades with profit > 0; 0 when none closed
 */
public record PluginDayTotals(String pluginId, LocalDate day, int tradesEntered, int tradesClosed,
        double profitDollars, double winRate) {
}
