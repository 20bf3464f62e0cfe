package com.zepix.db.v6.m5;

import static com.zepix.db.core.ValueChecks.invalid;
import static com.zepix.db.core.ValueChecks.nonNegativeOrNull;
import static com.zepix.db.core.ValueChecks.notBlank;
import static com.zepix.db.core.ValueChecks.notNull;
import static com.zepix.db.core.ValueChecks.percentOrNull;
import static com.zepix.db.core.ValueChecks.positive;
import static com.zepix.db.core.ValueChecks.positiveOrNull;

import com.zepix.db.core.Direction;

/**
 * A 5M momentum trade as it opens: Order A (TP2) and Order B (TP1) placed together at one entry.
 *
 * @param trend15mAligned whether the 15m trend agreed with the entry; {@code null} if not known
 */
public record MomentumTradeOpen(String symbol, Direction direction, double entryPrice, MomentumOrder orderA,
        MomentumOrder orderB, Double adx, Integer confidenceScore, Boolean trend15mAligned) {

    public MomentumTradeOpen {
        notBlank("symbol", symbol);
        notNull("direction", direction);
        positive("entry_price", entryPrice);
        check("order_a_", notNull("order_a", orderA));
        check("order_b_", notNull("order_b", orderB));
        if (orderA.ticket() == orderB.ticket()) {
            throw invalid("order_b_ticket", "must differ from order_a_ticket", orderB.ticket());
        }
        nonNegativeOrNull("adx", adx);
        percentOrNull("confidence_score", confidenceScore);
    }

    private static void check(String columnPrefix, MomentumOrder order) {
        positive(columnPrefix + "ticket", order.ticket());
        positive(columnPrefix + "lot_size", order.lotSize());
        positiveOrNull(columnPrefix + "sl_price", order.slPrice());
        positiveOrNull(columnPrefix + "tp_price", order.tpPrice());
    }
}
