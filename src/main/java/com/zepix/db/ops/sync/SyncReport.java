package com.zepix.db.ops.sync;

import java.util.List;

/** One sync run, plugin by plugin. */
public record SyncReport(List<PluginSyncResult> plugins) {

    public SyncReport {
        plugins = List.copyOf(plugins);
    }

    public boolean anyFailed() {
        return plugins.stream().anyMatch(p -> p.outcome() == PluginSyncResult.Outcome.FAILED);
    }

    public int totalSynced() {
        return plugins.stream().mapToInt(PluginSyncResult::synced).sum();
    }
}
