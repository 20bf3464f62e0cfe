package com.zepix.db.core;

import org.jooq.EnumType;

/** Health of a registered plugin. Stored as the constant's name. */
public enum PluginStatus implements EnumType {
    ACTIVE, DISABLED, ERROR;

    @Override
    public String getLiteral() {
        return name();
    }

    @Override
    public String getName() {
        return "plugin_status";
    }
}
