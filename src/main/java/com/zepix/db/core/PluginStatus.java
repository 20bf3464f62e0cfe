package com.zepix.db.core;

/** Health of a registered plugin. Stored as the constant's name. */
public enum PluginStatus {
    ACTIVE, DISABLED, ERROR
}
