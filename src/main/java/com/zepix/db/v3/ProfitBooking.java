package com.zepix.db.v3;

import com.zepix.db.core.OrderType;
import com.zepix.db.core.Require;

/** A partial close of one order: which order, what share of it, how much volume, for what profit. */
public record ProfitBooking(long tradeId, OrderType order, double closedPercentage, double closedVolume,
        Double profitDollars, String reason) {

    public ProfitBooking {
        Require.present("order_type", order);
        Require.aboveAndAtMost("closed_percentage", closedPercentage, 0, 100);
        Require.positive("closed_volume", closedVolume);
        Require.finiteOrNull("profit_dollars", profitDollars);
    }
}
