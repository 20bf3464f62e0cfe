package com.zepix.db.ops.sync;

/**
 * What one plugin's part of a sync run did.
 *
 * @param read trades read from the plugin's database (new ones, and ones open at the last sync)
 * @param synced trades upserted into aggregated_trades
 * @param ticketless trades read but not aggregated because they have no MT5 ticket at all
 */
public record PluginSyncResult(String pluginId, Outcome outcome, int read, int synced, int ticketless, String detail) {

    public enum Outcome { SYNCED, SKIPPED, FAILED }

    static PluginSyncResult synced(String pluginId, int read, int synced, int ticketless) {
        return new PluginSyncResult(pluginId, Outcome.SYNCED, read, synced, ticketless, null);
    }

    static PluginSyncResult skipped(String pluginId, String why) {
        return new PluginSyncResult(pluginId, Outcome.SKIPPED, 0, 0, 0, why);
    }

    static PluginSyncResult failed(String pluginId, String error) {
        return new PluginSyncResult(pluginId, Outcome.FAILED, 0, 0, 0, error);
    }

    public String describe() {
        return switch (outcome) {
            case SYNCED -> String.format("%-18s synced %d, skipped %d without ticket (%d read)",
                    pluginId, synced, ticketless, read);
            case SKIPPED -> String.format("%-18s skipped: %s", pluginId, detail);
            case FAILED -> String.format("%-18s FAILED: %s", pluginId, detail);
        };
    }
}
