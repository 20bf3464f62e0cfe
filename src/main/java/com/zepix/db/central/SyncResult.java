package com.zepix.db.central;

import static com.zepix.db.core.ValueChecks.invalid;
import static com.zepix.db.core.ValueChecks.nonNegative;
import static com.zepix.db.core.ValueChecks.notBlank;

/**
 * The outcome of one sync run for one plugin. A failed run must say why; a successful one may
 * carry a note (e.g. trades left out for having no ticket).
 */
public record SyncResult(String pluginId, boolean success, int recordsSynced, String errorMessage) {

    public SyncResult {
        notBlank("plugin_id", pluginId);
        nonNegative("records_synced", recordsSynced);
        if (!success && (errorMessage == null || errorMessage.isBlank())) {
            throw invalid("error_message", "must say why a failed sync failed", errorMessage);
        }
    }

    /** A run that stored {@code recordsSynced} rows. */
    public static SyncResult succeeded(String pluginId, int recordsSynced) {
        return new SyncResult(pluginId, true, recordsSynced, null);
    }

    /** A run that failed, and why; {@code recordsSynced} is what it stored before failing, usually 0. */
    public static SyncResult failed(String pluginId, int recordsSynced, String errorMessage) {
        return new SyncResult(pluginId, false, recordsSynced, errorMessage);
    }
}
