package com.zepix.db.central;

import com.zepix.db.core.DayRange;
import java.util.List;
import java.util.Map;

/**
 * The dashboard over a range of UTC days.
 *
 * @param perPluginPerDay ordered by plugin, then day; days without trades are absent
 * @param perPlugin by plugin id (sorted), only plugins with trades in the range
 * @param total all plugins together
 */
public record Dashboard(DayRange range, List<PluginDayTotals> perPluginPerDay, Map<String, RangeTotals> perPlugin,
        RangeTotals total) {

    public Dashboard {
        perPluginPerDay = List.copyOf(perPluginPerDay);
        perPlugin = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(perPlugin));
    }
}
