package com.zepix.db.v6.m1;

import static com.zepix.db.core.ValueChecks.nonNegativeOrNull;
import static com.zepix.db.core.ValueChecks.notNull;
import static com.zepix.db.core.ValueChecks.percentOrNull;
import static com.zepix.db.core.ValueChecks.positive;

import com.zepix.db.v6.TradeEntry;

/** A 1M scalping trade as it opens: Order B only, with the entry's market conditions. */
public record ScalpingTradeOpen(long orderBTicket, TradeEntry entry, Double adx, Integer confidenceScore,
        Double spreadPips, Integer executionSpeedMs) {

    public ScalpingTradeOpen {
        positive("order_b_ticket", orderBTicket);
        notNull("entry", entry);
        nonNegativeOrNull("adx", adx);
        percentOrNull("confidence_score", confidenceScore);
        nonNegativeOrNull("spread_pips", spreadPips);
        nonNegativeOrNull("execution_speed_ms", executionSpeedMs);
    }
}
