package com.zepix.db.v6.m15;

import static com.zepix.db.core.ValueChecks.nonNegativeOrNull;
import static com.zepix.db.core.ValueChecks.notNull;
import static com.zepix.db.core.ValueChecks.percentOrNull;
import static com.zepix.db.core.ValueChecks.positive;

import com.zepix.db.v6.TradeEntry;

/** A 15M intraday trade as it opens: Order A only, with the Trend Pulse counts it was taken on. */
public record IntradayTradeOpen(long orderATicket, TradeEntry entry, Integer confidenceScore,
        Integer pulseBullCount, Integer pulseBearCount) {

    public IntradayTradeOpen {
        positive("order_a_ticket", orderATicket);
        notNull("entry", entry);
        percentOrNull("confidence_score", confidenceScore);
        nonNegativeOrNull("pulse_bull_count", pulseBullCount);
        nonNegativeOrNull("pulse_bear_count", pulseBearCount);
    }
}
