package com.zepix.db.central;

import static com.zepix.db.core.ValueChecks.notBlank;
import static com.zepix.db.core.ValueChecks.notNull;

import com.zepix.db.core.Severity;

/**
 * An event to append to the system log.
 *
 * @param pluginId the registered plugin it concerns, or {@code null} for a system-wide event
 */
public record NewSystemEvent(String eventType, Severity severity, String pluginId, String description) {

    public NewSystemEvent {
        notBlank("event_type", eventType);
        notNull("severity", severity);
        if (pluginId != null) {
            notBlank("plugin_id", pluginId);
        }
    }
}
