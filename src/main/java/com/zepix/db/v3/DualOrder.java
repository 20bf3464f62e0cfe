package com.zepix.db.v3;

import com.zepix.db.core.ValueChecks;

/** One half of a V3 dual-order entry: Order A (TP Trail, extended target) or Order B (Profit Trail, TP1). */
public record DualOrder(Long ticket, double lotSize, Double slPrice, Double tpPrice) {

    public DualOrder {
        ValueChecks.ticketOrNull("ticket", ticket);
        ValueChecks.positive("lot_size", lotSize);
        ValueChecks.positiveOrNull("sl_price", slPrice);
        ValueChecks.positiveOrNull("tp_price", tpPrice);
    }
}
