package com.zepix.db.central;

import static com.zepix.db.central.jooq.tables.PluginsRegistry.PLUGINS_REGISTRY;
import static com.zepix.db.core.ValueChecks.notBlank;
import static com.zepix.db.core.ValueChecks.notNull;

import com.zepix.db.central.jooq.tables.pojos.PluginsRegistry;
import com.zepix.db.central.jooq.tables.records.PluginsRegistryRecord;
import com.zepix.db.core.PluginDatabase;
import com.zepix.db.core.PluginStatus;
import com.zepix.db.core.UtcTimestamps;
import java.util.List;
import java.util.Optional;
import org.jooq.UpdateSetMoreStep;
import org.jooq.UpdateSetStep;

/**
 * The central plugin registry ({@code plugins_registry}). {@code enabled} is the operator's
 * switch; {@code status} is the plugin's health. Every change returns the row as now stored;
 * an unknown plugin id changes nothing and is refused.
 */
public final class PluginRegistry {

    private final PluginDatabase db;

    /**
     * A registry over the bot core's handle, {@code db.plugin(DatabaseKey.CENTRAL_SYSTEM)}.
     *
     * @throws IllegalArgumentException if the handle is a plugin's
     */
    public PluginRegistry(PluginDatabase central) {
        this.db = central.requireAccessTo(PLUGINS_REGISTRY);
    }

    /** All plugins, by id. */
    public List<PluginsRegistry> findAll() {
        return db.read(ctx -> ctx.selectFrom(PLUGINS_REGISTRY)
                .orderBy(PLUGINS_REGISTRY.PLUGIN_ID)
                .fetchInto(PluginsRegistry.class));
    }

    /** The plugin with this id, or empty if none is registered under it. */
    public Optional<PluginsRegistry> findById(String pluginId) {
        notBlank("plugin_id", pluginId);
        return db.read(ctx -> ctx.selectFrom(PLUGINS_REGISTRY)
                .where(PLUGINS_REGISTRY.PLUGIN_ID.eq(pluginId))
                .fetchOptionalInto(PluginsRegistry.class));
    }

    /** Switches the plugin on and marks it ACTIVE, clearing any error. */
    public PluginsRegistry enable(String pluginId) {
        return update(pluginId, set -> set.set(PLUGINS_REGISTRY.ENABLED, true)
                .set(PLUGINS_REGISTRY.STATUS, PluginStatus.ACTIVE)
                .setNull(PLUGINS_REGISTRY.ERROR_MESSAGE));
    }

    /** Switches the plugin off and marks it DISABLED; an error message stays for the record. */
    public PluginsRegistry disable(String pluginId) {
        return update(pluginId, set -> set.set(PLUGINS_REGISTRY.ENABLED, false)
                .set(PLUGINS_REGISTRY.STATUS, PluginStatus.DISABLED));
    }

    /**
     * Sets the health status alone. Any status but ERROR clears the error message, which no longer
     * applies; ERROR keeps it ({@link #setError} is the way to give one).
     */
    public PluginsRegistry setStatus(String pluginId, PluginStatus status) {
        notNull("status", status);
        return update(pluginId, set -> status == PluginStatus.ERROR
                ? set.set(PLUGINS_REGISTRY.STATUS, status)
                : set.set(PLUGINS_REGISTRY.STATUS, status).setNull(PLUGINS_REGISTRY.ERROR_MESSAGE));
    }

    /** Marks the plugin ERROR with what went wrong. */
    public PluginsRegistry setError(String pluginId, String errorMessage) {
        notBlank("error_message", errorMessage);
        return update(pluginId, set -> set.set(PLUGINS_REGISTRY.STATUS, PluginStatus.ERROR)
                .set(PLUGINS_REGISTRY.ERROR_MESSAGE, errorMessage));
    }

    /** Records that the plugin was active just now (UTC). */
    public PluginsRegistry touch(String pluginId) {
        return update(pluginId, set -> set.set(PLUGINS_REGISTRY.LAST_ACTIVE, UtcTimestamps.now()));
    }

    private PluginsRegistry update(String pluginId, Changes changes) {
        notBlank("plugin_id", pluginId);
        return db.writeAndGet(ctx -> changes.apply(ctx.update(PLUGINS_REGISTRY))
                .where(PLUGINS_REGISTRY.PLUGIN_ID.eq(pluginId))
                .returning()
                .fetchOptional()
                .orElseThrow(() -> RegisteredPlugins.unknown(pluginId))
                .into(PluginsRegistry.class));
    }

    @FunctionalInterface
    private interface Changes {
        UpdateSetMoreStep<PluginsRegistryRecord> apply(UpdateSetStep<PluginsRegistryRecord> update);
    }
}
