package com.zepix.db.central;

import static com.zepix.db.core.ValueChecks.between;
import static com.zepix.db.core.ValueChecks.invalid;
import static com.zepix.db.core.ValueChecks.notBlank;
import static com.zepix.db.core.ValueChecks.notNull;

import com.zepix.db.core.Severity;
import java.time.LocalDateTime;

/**
 * Which system events to read, newest first; a {@code null} criterion matches every event.
 * Build it from {@link #newest(int)} and narrow it with the {@code with...} methods.
 *
 * @param from UTC, inclusive
 * @param until UTC, exclusive
 */
public record SystemEventQuery(String pluginId, Severity severity, LocalDateTime from, LocalDateTime until,
        int limit) {

    public static final int MAX_LIMIT = 10_000;

    public SystemEventQuery {
        if (pluginId != null) {
            notBlank("plugin_id", pluginId);
        }
        if (from != null && until != null && !from.isBefore(until)) {
            throw invalid("until", "must be after from (" + from + ")", until);
        }
        between("limit", limit, 1, MAX_LIMIT);
    }

    /** The newest {@code limit} events (1 to {@value #MAX_LIMIT}), whatever their plugin, severity or time. */
    public static SystemEventQuery newest(int limit) {
        return new SystemEventQuery(null, null, null, null, limit);
    }

    /** This query narrowed to the events of one registered plugin. */
    public SystemEventQuery withPlugin(String pluginId) {
        return new SystemEventQuery(notNull("plugin_id", pluginId), severity, from, until, limit);
    }

    /** This query narrowed to events of exactly this severity. */
    public SystemEventQuery withSeverity(Severity severity) {
        return new SystemEventQuery(pluginId, notNull("severity", severity), from, until, limit);
    }

    /** This query narrowed to {@code [from, until)} in UTC; either end may be {@code null} for an open range. */
    public SystemEventQuery withTimeRange(LocalDateTime from, LocalDateTime until) {
        return new SystemEventQuery(pluginId, severity, from, until, limit);
    }
}
