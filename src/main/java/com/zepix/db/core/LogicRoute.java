package com.zepix.db.core;

import org.jooq.EnumType;

/** V3 logic route. Stored as the constant's name. */
public enum LogicRoute implements EnumType {
    LOGIC1, LOGIC2, LOGIC3;

    @Override
    public String getLiteral() {
        return name();
    }

    @Override
    public String getName() {
        return "logic_route";
    }
}
