package com.zepix.db.v3;

import com.zepix.db.core.ValueChecks;

/** The four multi-timeframe pillars at entry: -1 bearish, 0 neutral, 1 bullish; null when unknown. */
public record MtfTrends(Integer m15, Integer h1, Integer h4, Integer d1) {

    public static final MtfTrends UNKNOWN = new MtfTrends(null, null, null, null);

    public MtfTrends {
        ValueChecks.trendOrNull("mtf_15m", m15);
        ValueChecks.trendOrNull("mtf_1h", h1);
        ValueChecks.trendOrNull("mtf_4h", h4);
        ValueChecks.trendOrNull("mtf_1d", d1);
    }
}
