package com.zepix.db.core;

/** Kind of plugin in the central registry. Stored as the constant's name. */
public enum PluginType {
    V3_COMBINED, V6_PRICE_ACTION
}
