package com.zepix.db.v6;

import static com.zepix.db.core.ValueChecks.finite;
import static com.zepix.db.core.ValueChecks.positive;

/** How a single-order V6 trade closed; the exit time is the moment it is recorded. */
public record TradeClose(double exitPrice, double profitDollars, String closeReason) {

    public TradeClose {
        positive("exit_price", exitPrice);
        finite("profit_dollars", profitDollars);
    }
}
