package com.zepix.db.core;

import org.jooq.EnumType;

/** Status of one order, and of the single-order V6 trades (1m, 15m, 1h). Stored as the constant's name. */
public enum OrderStatus implements EnumType {
    OPEN, CLOSED;

    @Override
    public String getLiteral() {
        return name();
    }

    @Override
    public String getName() {
        return "order_status";
    }
}
