package com.zepix.db.v3;

import com.zepix.db.core.OrderStatus;
import com.zepix.db.core.ValueChecks;

/**
 * One order of a trade brought in from an earlier bot's history, as that history recorded it.
 *
 * @param sourceId the order's row id in the history it came from; the link that makes re-runs skip it
 * @param lotSize null when the history did not record it
 */
public record ImportedOrder(long sourceId, Long ticket, Double lotSize, Double slPrice, Double tpPrice,
        Double exitPrice, Double profitDollars, OrderStatus status) {

    public ImportedOrder {
        ValueChecks.positive("source id", sourceId);
        ValueChecks.ticketOrNull("ticket", ticket);
        if (lotSize != null) {
            ValueChecks.positive("lot_size", lotSize);
        }
        ValueChecks.notNull("order status", status);
    }
}
