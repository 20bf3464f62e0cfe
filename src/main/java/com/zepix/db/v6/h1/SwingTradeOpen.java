package com.zepix.db.v6.h1;

import static com.zepix.db.core.ValueChecks.notNull;
import static com.zepix.db.core.ValueChecks.positive;
import static com.zepix.db.core.ValueChecks.trendOrNull;

import com.zepix.db.v6.TradeEntry;

/** A 1H swing trade as it opens: Order A only, with the 4H and daily trends (-1, 0 or 1). */
public record SwingTradeOpen(long orderATicket, TradeEntry entry, Integer trend4h, Integer trend1d) {

    public SwingTradeOpen {
        positive("order_a_ticket", orderATicket);
        notNull("entry", entry);
        trendOrNull("trend_4h", trend4h);
        trendOrNull("trend_1d", trend1d);
    }
}
