package com.zepix.db.core;

import org.jooq.EnumType;

/**
 * The V6 plugin a signal is addressed to (a NULL target means all of them); stored as the plugin
 * id. The one enum that keeps {@link EnumType}: {@link StrictEnumBinding} stores an enum's
 * {@code name()} unless it offers a literal, and this one is stored lower case.
 */
public enum V6PluginTarget implements EnumType {
    PRICE_ACTION_1M("price_action_1m"),
    PRICE_ACTION_5M("price_action_5m"),
    PRICE_ACTION_15M("price_action_15m"),
    PRICE_ACTION_1H("price_action_1h");

    private final String pluginId;

    V6PluginTarget(String pluginId) {
        this.pluginId = pluginId;
    }

    @Override
    public String getLiteral() {
        return pluginId;
    }

    @Override
    public String getName() {
        return "v6_plugin_target";
    }
}
