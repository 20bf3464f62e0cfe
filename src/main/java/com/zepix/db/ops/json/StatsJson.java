package com.zepix.db.ops.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.zepix.db.ops.stats.DailyStatsOperation;
import com.zepix.db.v3.jooq.tables.pojos.V3DailyStats;
import com.zepix.db.v6.jooq.tables.pojos.V6DailyStats;
import java.util.List;
import java.util.Map;

/**
 * {@code stats --json}: the recomputed rows of the range, day by day; days without trades are absent.
 * {@code failures}: plugin id to why its trades could not be read (empty when none failed).
 */
public record StatsJson(int formatVersion, String command, String from, String to, int daysInRange,
        int daysWithoutRows, List<Day> days, Map<String, String> failures) {

    public static final int FORMAT_VERSION = 1;

    /** @param v3 null when the day has no V3 row; likewise {@code v6} */
    public record Day(String date, V3 v3, V6 v6) {
    }

    /** Named explicitly where Jackson's snake_case would run a one-letter word into the next ({@code order_aclosed}). */
    public record V3(int dualEntries, @JsonProperty("order_a_closed") int orderAClosed,
            @JsonProperty("order_b_closed") int orderBClosed, int logic1Trades, int logic2Trades,
            int logic3Trades, double profitDollars, double winRate) {
    }

    public record V6(int trades1m, int trades5m, int trades15m, int trades1h, double profitDollars,
            int trendPulseUpdates, double winRate) {
    }

    public static StatsJson of(DailyStatsOperation.Result result) {
        return new StatsJson(FORMAT_VERSION, "stats", result.range().from().toString(), result.range().to().toString(),
                result.range().days().size(), result.emptyDays(),
                result.days().stream().map(d -> new Day(d.date().toString(), v3(d.v3()), v6(d.v6()))).toList(),
                result.failures());
    }

    private static V3 v3(V3DailyStats r) {
        return r == null ? null : new V3(r.totalDualEntries(), r.totalOrderAClosed(), r.totalOrderBClosed(),
                r.logic1Trades(), r.logic2Trades(), r.logic3Trades(), r.totalProfitDollars(), r.winRate());
    }

    private static V6 v6(V6DailyStats r) {
        return r == null ? null : new V6(r.plugin_1mTrades(), r.plugin_5mTrades(), r.plugin_15mTrades(),
                r.plugin_1hTrades(), r.totalProfitDollars(), r.trendPulseUpdates(), r.winRate());
    }
}
