package com.zepix.db.core;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/**
 * A plugin's trades, read through the plugin's own key, for central aggregation. Central code
 * sees only this interface, never a plugin's tables: the plugins implement it, and the
 * composition root ({@code ops}) decides which sources feed the sync.
 */
public interface TradeSource {

    /** The plugin's id in {@code plugins_registry}, e.g. {@code price_action_5m}. */
    String pluginId();

    /** Whether the plugin is V3 or V6, as {@code aggregated_trades} records it. */
    PluginType pluginType();

    /** The key this plugin's trades are read through; its file is opened on its own, so one bad file fails alone. */
    DatabaseKey key();

    /** This source together with its own handle, for a store that reads several plugins' trades. */
    default BoundTradeSource on(PluginDatabase own) {
        return new BoundTradeSource(this, own);
    }

    /**
     * Trades that can have changed since the last sync: those with a source id above
     * {@code afterSourceId} (new since), and those whose source id is in {@code openSourceIds}
     * (open or partial when last synced: they may have closed since). Ordered by source id. Both
     * lookups go by primary key, so the cost follows the change, not the history.
     *
     * @param own the handle of this source's {@link #key()}; another key's handle is refused
     */
    List<TradeSummary> changedSince(PluginDatabase own, long afterSourceId, Collection<Long> openSourceIds);

    /**
     * Trades entered in {@code [from, to)} (UTC), for the daily statistics.
     *
     * @param own the handle of this source's {@link #key()}; another key's handle is refused
     */
    List<TradeSummary> enteredBetween(PluginDatabase own, LocalDateTime from, LocalDateTime to);
}
