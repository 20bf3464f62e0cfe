package com.zepix.db.core;

import org.jooq.EnumType;

/** Which order of a V3 dual-order pair a profit booking closes. Stored as the constant's name. */
public enum OrderType implements EnumType {
    ORDER_A, ORDER_B;

    @Override
    public String getLiteral() {
        return name();
    }

    @Override
    public String getName() {
        return "order_type";
    }
}
