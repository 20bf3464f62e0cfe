package com.zepix.db.ops.sync;

import com.zepix.db.central.UpsertCounts;

/**
 * What one plugin's part of a sync run did.
 *
 * @param read trades read from the plugin's database (new ones, and ones open at the last sync)
 * @param inserted trades new to aggregated_trades
 * @param updated trades whose aggregated row changed (closed, profit moved) and was rewritten
 * @param unchanged trades read again (open at the last sync) whose aggregated row already said the same
 * @param ticketless trades read but not aggregated because they have no MT5 ticket at all
 */
public record PluginSyncResult(String pluginId, Outcome outcome, int read, int inserted, int updated, int unchanged,
        int ticketless, String detail) {

    public enum Outcome { SYNCED, SKIPPED, FAILED }

    static PluginSyncResult synced(String pluginId, int read, UpsertCounts counts, int ticketless) {
        return new PluginSyncResult(pluginId, Outcome.SYNCED, read, counts.inserted(), counts.updated(),
                counts.unchanged(), ticketless, null);
    }

    static PluginSyncResult skipped(String pluginId, String why) {
        return new PluginSyncResult(pluginId, Outcome.SKIPPED, 0, 0, 0, 0, 0, why);
    }

    static PluginSyncResult failed(String pluginId, String error) {
        return new PluginSyncResult(pluginId, Outcome.FAILED, 0, 0, 0, 0, 0, error);
    }

    /** Rows written to aggregated_trades: new plus updated. */
    public int synced() {
        return inserted + updated;
    }

    public String describe() {
        return switch (outcome) {
            case SYNCED -> String.format("%-18s %d new, %d updated, %d unchanged, %d skipped without ticket (%d read)",
                    pluginId, inserted, updated, unchanged, ticketless, read);
            case SKIPPED -> String.format("%-18s skipped: %s", pluginId, detail);
            case FAILED -> String.format("%-18s FAILED: %s", pluginId, detail);
        };
    }
}
