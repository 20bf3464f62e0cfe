package com.zepix.db.v6;

import com.zepix.db.core.OrderStatus;
import com.zepix.db.core.TradeStatus;

/** A single-order trade (1m, 15m, 1h) is open or closed as its one order is; it is never partial. */
public final class SingleOrderStatus {

    private SingleOrderStatus() {
    }

    /** The trade status of a single-order trade whose one order has {@code status}; null stays null. */
    public static TradeStatus asTradeStatus(OrderStatus status) {
        return status == null ? null : status == OrderStatus.CLOSED ? TradeStatus.CLOSED : TradeStatus.OPEN;
    }
}
