package com.zepix.db.v3;

import com.zepix.db.core.Direction;
import com.zepix.db.core.ValueChecks;

/**
 * A V3 alert as received. {@code direction} is null for trend-only signals; {@code json} is the
 * full payload, which SQLite refuses unless it is valid JSON.
 */
public record V3Signal(String signalType, String symbol, Direction direction, String timeframe,
        Integer consensusScore, String json) {

    public V3Signal {
        ValueChecks.notBlank("signal_type", signalType);
        ValueChecks.notBlank("symbol", symbol);
        ValueChecks.betweenOrNull("consensus_score", consensusScore, 0, 9);
    }
}
