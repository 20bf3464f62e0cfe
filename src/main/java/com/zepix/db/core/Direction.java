package com.zepix.db.core;

import org.jooq.EnumType;

/** Trade direction: the "dir" columns. Stored as the constant's name. */
public enum Direction implements EnumType {
    BUY, SELL;

    @Override
    public String getLiteral() {
        return name();
    }

    @Override
    public String getName() {
        return "direction";
    }
}
