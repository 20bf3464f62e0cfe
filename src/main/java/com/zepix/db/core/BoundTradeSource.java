package com.zepix.db.core;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A plugin's {@link TradeSource} with that plugin's own handle: what a store that reads several
 * plugins' trades (the V6 daily statistics) is given, so it reads each through its own key and
 * needs no {@link DatabaseService}. Made by {@link TradeSource#on}.
 *
 * @param source the plugin's trade source
 * @param own the handle of {@code source}'s key
 */
public record BoundTradeSource(TradeSource source, PluginDatabase own) {

    /** @throws IllegalArgumentException if {@code own} is not the handle of {@code source}'s key */
    public BoundTradeSource {
        own.requireKey(source.key());
    }

    /** The plugin's id in {@code plugins_registry}. */
    public String pluginId() {
        return source.pluginId();
    }

    /** Trades entered in {@code [from, to)} (UTC), read through the plugin's own handle. */
    public List<TradeSummary> enteredBetween(LocalDateTime from, LocalDateTime to) {
        return source.enteredBetween(own, from, to);
    }
}
