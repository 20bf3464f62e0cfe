package com.zepix.db.core;

import org.jooq.EnumType;

/** Severity of a system event. Stored as the constant's name. */
public enum Severity implements EnumType {
    INFO, WARNING, ERROR, CRITICAL;

    @Override
    public String getLiteral() {
        return name();
    }

    @Override
    public String getName() {
        return "severity";
    }
}
