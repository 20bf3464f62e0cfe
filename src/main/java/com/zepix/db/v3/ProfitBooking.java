package com.zepix.db.v3;

import com.zepix.db.core.OrderType;
import com.zepix.db.core.ValueChecks;

/** A partial close of one order: which order, what share of it, how much volume, for what profit. */
public record ProfitBooking(long tradeId, OrderType order, double closedPercentage, double closedVolume,
        Double profitDollars, String reason) {

    public ProfitBooking {
        ValueChecks.notNull("order_type", order);
        ValueChecks.aboveAndAtMost("closed_percentage", closedPercentage, 0, 100);
        ValueChecks.positive("closed_volume", closedVolume);
        ValueChecks.finiteOrNull("profit_dollars", profitDollars);
    }
}
