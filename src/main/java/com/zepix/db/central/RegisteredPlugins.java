package com.zepix.db.central;

import static com.zepix.db.central.jooq.tables.PluginsRegistry.PLUGINS_REGISTRY;
import static com.zepix.db.core.ValueChecks.invalid;
import static com.zepix.db.core.ValueChecks.notBlank;

import org.jooq.DSLContext;

/**
 * Refuses a plugin id the registry does not know, inside the caller's transaction, so the caller
 * gets an IllegalArgumentException naming the id rather than a foreign-key failure, or nothing.
 */
final class RegisteredPlugins {

    private RegisteredPlugins() {
    }

    static String require(DSLContext ctx, String pluginId) {
        notBlank("plugin_id", pluginId);
        if (!ctx.fetchExists(PLUGINS_REGISTRY, PLUGINS_REGISTRY.PLUGIN_ID.eq(pluginId))) {
            throw unknown(pluginId);
        }
        return pluginId;
    }

    static IllegalArgumentException unknown(String pluginId) {
        return invalid("plugin_id", "must name a registered plugin", pluginId);
    }
}
