package com.zepix.db.core;

import org.jooq.EnumType;

/** Status of a trade that can be partly closed (V3, V6 5m, aggregated). Stored as the constant's name. */
public enum TradeStatus implements EnumType {
    OPEN, PARTIAL, CLOSED;

    @Override
    public String getLiteral() {
        return name();
    }

    @Override
    public String getName() {
        return "trade_status";
    }
}
