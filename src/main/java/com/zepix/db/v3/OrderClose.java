package com.zepix.db.v3;

import com.zepix.db.core.Require;

/** How one order of a pair ended: its exit price, its profit in dollars (negative for a loss), and why. */
public record OrderClose(double exitPrice, double profitDollars, String reason) {

    public OrderClose {
        Require.positive("exit_price", exitPrice);
        Require.finite("profit_dollars", profitDollars);
    }
}
