package com.zepix.db.v6;

import static com.zepix.db.core.ValueChecks.nonNegativeOrNull;
import static com.zepix.db.core.ValueChecks.notBlank;
import static com.zepix.db.core.ValueChecks.percentOrNull;

import com.zepix.db.core.V6PluginTarget;

/**
 * A V6 alert as received.
 *
 * @param target the plugin it is addressed to; {@code null} means all four
 * @param signalJson the full payload; SQLite refuses text that is not JSON
 */
public record V6Signal(String signalType, V6PluginTarget target, String symbol, String timeframe, Double adx,
        Integer confidenceScore, String signalJson) {

    public V6Signal {
        notBlank("signal_type", signalType);
        notBlank("symbol", symbol);
        nonNegativeOrNull("adx", adx);
        percentOrNull("confidence_score", confidenceScore);
    }
}
