package com.zepix.db.v6;

import static com.zepix.db.v6.jooq.Tables.V6_DAILY_STATS;
import static com.zepix.db.v6.jooq.Tables.V6_SIGNALS_LOG;

import com.zepix.db.core.BoundTradeSource;
import com.zepix.db.core.CheckedRows;
import com.zepix.db.core.DayRange;
import com.zepix.db.core.PluginDatabase;
import com.zepix.db.core.TradeSummary;
import com.zepix.db.core.WinRate;
import com.zepix.db.v6.jooq.tables.pojos.V6DailyStats;
import com.zepix.db.v6.jooq.tables.records.V6DailyStatsRecord;
import com.zepix.db.v6.jooq.tables.records.V6SignalsLogRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recomputes {@code v6_daily_stats} from the trades entered on each UTC day: entries per
 * timeframe, their profit so far, the win rate of those closed, and that day's Trend Pulse
 * updates. Each timeframe's trades are read through its own source and key, never another's.
 * Days with neither entries nor Trend Pulse updates have no row.
 */
public final class V6DailyStatsStore {

    private static final String TREND_PULSE = "TREND_PULSE";

    private final PluginDatabase db;
    private final List<BoundTradeSource> timeframes;

    /**
     * A store over a V6 handle, which writes the shared table and reads the Trend Pulse signals (any
     * of the four may), and the timeframes whose trades it counts, each with its own handle:
     * {@code new V6DailyStatsStore(db.plugin(V6_PRICE_ACTION_1M), List.of(new ScalpingTradeSource().on(db.plugin(V6_PRICE_ACTION_1M)), ...))},
     * chosen by the composition root.
     *
     * @throws IllegalArgumentException if {@code v6} is not a V6 plugin's handle
     */
    public V6DailyStatsStore(PluginDatabase v6, List<BoundTradeSource> timeframes) {
        this.db = v6.requireAccessTo(V6_DAILY_STATS).requireAccessTo(V6_SIGNALS_LOG);
        this.timeframes = List.copyOf(timeframes);
    }

    /**
     * The rows written, and the timeframes whose trades could not be read, each with why.
     *
     * @param failed plugin id to the failure, in the order the timeframes were read; their trades are
     *     not in {@code rows}
     */
    public record Recomputed(List<V6DailyStats> rows, Map<String, RuntimeException> failed) {
    }

    /**
     * A timeframe whose trades cannot be read (a bad row, a missing file) fails alone: the rows are
     * written from the other timeframes and the failure is returned, for the caller to report. A
     * Trend Pulse signal that cannot be read fails the whole recomputation: it counts for all four.
     */
    public Recomputed recompute(DayRange range) {
        Map<LocalDate, Map<String, List<TradeSummary>>> byDay = new HashMap<>();
        Map<String, RuntimeException> failed = new LinkedHashMap<>();
        for (BoundTradeSource source : timeframes) {
            List<TradeSummary> trades;
            try {
                trades = source.enteredBetween(range.start(), range.end());
            } catch (RuntimeException e) {
                failed.put(source.pluginId(), e);
                continue;
            }
            for (TradeSummary trade : trades) {
                byDay.computeIfAbsent(trade.entryTime().toLocalDate(), d -> new HashMap<>())
                        .computeIfAbsent(source.pluginId(), p -> new ArrayList<>()).add(trade);
            }
        }
        List<V6DailyStats> rows = db.writeAndGet(ctx -> {
            Map<LocalDate, Integer> pulses = new HashMap<>();
            CheckedRows.read(ctx, db.file(), V6_SIGNALS_LOG, V6_SIGNALS_LOG.ID,
                            V6_SIGNALS_LOG.SIGNAL_TYPE.eq(TREND_PULSE)
                                    .and(V6_SIGNALS_LOG.RECEIVED_TIME.ge(range.start()))
                                    .and(V6_SIGNALS_LOG.RECEIVED_TIME.lt(range.end())),
                            V6SignalsLogRecord::getReceivedTime)
                    .forEach(at -> pulses.merge(at.toLocalDate(), 1, Integer::sum));
            // A day with neither entries nor Trend Pulse updates gets no row, and loses any row it had;
            // but not while a timeframe could not be read: its trades may be what makes the day active.
            Set<LocalDate> active = new HashSet<>(byDay.keySet());
            active.addAll(pulses.keySet());
            if (failed.isEmpty()) {
                ctx.deleteFrom(V6_DAILY_STATS)
                        .where(V6_DAILY_STATS.DATE.between(range.from(), range.to()).and(V6_DAILY_STATS.DATE.notIn(active)))
                        .execute();
            }
            return range.days().stream().filter(active::contains).map(day -> {
                V6DailyStatsRecord row = stats(day, byDay.getOrDefault(day, Map.of()), pulses.getOrDefault(day, 0));
                ctx.insertInto(V6_DAILY_STATS).set(row).onConflict(V6_DAILY_STATS.DATE).doUpdate().set(row).execute();
                return row.into(V6DailyStats.class);
            }).toList();
        });
        return new Recomputed(rows, java.util.Collections.unmodifiableMap(failed));
    }

    static V6DailyStatsRecord stats(LocalDate day, Map<String, List<TradeSummary>> byPlugin, int trendPulses) {
        List<TradeSummary> all = byPlugin.values().stream().flatMap(List::stream).toList();
        List<TradeSummary> closed = all.stream().filter(TradeSummary::isFinal).toList();
        int winners = (int) closed.stream().filter(t -> t.profitDollars() != null && t.profitDollars() > 0).count();
        V6DailyStatsRecord row = new V6DailyStatsRecord();
        row.setDate(day);
        row.setPlugin_1mTrades(byPlugin.getOrDefault("price_action_1m", List.of()).size());
        row.setPlugin_5mTrades(byPlugin.getOrDefault("price_action_5m", List.of()).size());
        row.setPlugin_15mTrades(byPlugin.getOrDefault("price_action_15m", List.of()).size());
        row.setPlugin_1hTrades(byPlugin.getOrDefault("price_action_1h", List.of()).size());
        row.setTotalProfitDollars(all.stream().mapToDouble(t -> t.profitDollars() == null ? 0 : t.profitDollars()).sum());
        row.setTrendPulseUpdates(trendPulses);
        row.setWinRate(WinRate.percent(winners, closed.size()));
        return row;
    }
}
