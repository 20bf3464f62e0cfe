package com.zepix.db.v6;

import static com.zepix.db.core.ValueChecks.invalid;
import static com.zepix.db.core.ValueChecks.nonNegative;
import static com.zepix.db.core.ValueChecks.notBlank;

import java.util.List;

/**
 * A Trend Pulse reading for one symbol and timeframe: replaces whatever was stored for the pair.
 *
 * @param timeframe minutes as TradingView sends them: 1, 5, 15, 60, 240 or 1440
 * @param changes the comma-separated timeframe changes of the pulse, or {@code null}
 */
public record MarketTrendUpdate(String symbol, String timeframe, int bullCount, int bearCount, String marketState,
        String changes) {

    public static final List<String> TIMEFRAMES = List.of("1", "5", "15", "60", "240", "1440");

    public MarketTrendUpdate {
        notBlank("symbol", symbol);
        requireTimeframe(timeframe);
        nonNegative("bull_count", bullCount);
        nonNegative("bear_count", bearCount);
    }

    static String requireTimeframe(String timeframe) {
        if (timeframe == null || !TIMEFRAMES.contains(timeframe)) {
            throw invalid("timeframe", "must be one of " + TIMEFRAMES, timeframe);
        }
        return timeframe;
    }
}
