package com.zepix.db.core;

import org.jooq.EnumType;

/** Kind of plugin in the central registry. Stored as the constant's name. */
public enum PluginType implements EnumType {
    V3_COMBINED, V6_PRICE_ACTION;

    @Override
    public String getLiteral() {
        return name();
    }

    @Override
    public String getName() {
        return "plugin_type";
    }
}
