package com.zepix.db.central;

import java.time.LocalDate;

/**
 * One plugin's day on the dashboard, counted over the trades entered that UTC day, as the
 * daily statistics tables count them.
 *
 * @param profitDollars profit of those trades so far (closed ones, and partial closes)
 * @param winRate percent of those that have closed with profit > 0; 0 when none closed
 */
public record PluginDayTotals(String pluginId, LocalDate day, int trades, int closed, double profitDollars,
        double winRate) {
}
