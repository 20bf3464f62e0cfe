package com.zepix.db.v3;

import com.zepix.db.core.Require;

/** One half of a V3 dual-order entry: Order A (TP Trail, extended target) or Order B (Profit Trail, TP1). */
public record DualOrder(Long ticket, double lotSize, Double slPrice, Double tpPrice) {

    public DualOrder {
        Require.ticketOrNull("ticket", ticket);
        Require.positive("lot_size", lotSize);
        Require.positiveOrNull("sl_price", slPrice);
        Require.positiveOrNull("tp_price", tpPrice);
    }
}
