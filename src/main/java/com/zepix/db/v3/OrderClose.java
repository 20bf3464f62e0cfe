package com.zepix.db.v3;

import com.zepix.db.core.ValueChecks;

/** How one order of a pair ended: its exit price, its profit in dollars (negative for a loss), and why. */
public record OrderClose(double exitPrice, double profitDollars, String reason) {

    public OrderClose {
        ValueChecks.positive("exit_price", exitPrice);
        ValueChecks.finite("profit_dollars", profitDollars);
    }
}
