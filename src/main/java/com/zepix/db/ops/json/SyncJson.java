package com.zepix.db.ops.json;

import com.zepix.db.ops.sync.PluginSyncResult;
import com.zepix.db.ops.sync.SyncReport;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code sync --json}: one run, plugin by plugin; with {@code --watch}, one such document per line for
 * every run, a run that failed as a whole included ({@code problem} says why, {@code plugins} is empty).
 *
 * @param problem why the run as a whole failed (central locked, missing, full); null when it ran
 */
public record SyncJson(int formatVersion, String command, String at, boolean anyFailed, List<Plugin> plugins,
        String problem) {

    public static final int FORMAT_VERSION = 1;

    /**
     * @param outcome synced, skipped or failed
     * @param detail why it was skipped or failed; null when synced
     */
    public record Plugin(String pluginId, String outcome, int read, int inserted, int updated, int unchanged,
            int ticketless, String detail) {
    }

    public static SyncJson of(SyncReport report, Instant at) {
        return new SyncJson(FORMAT_VERSION, "sync", at.toString(), report.anyFailed(),
                report.plugins().stream().map(SyncJson::plugin).toList(), null);
    }

    /** A run that synced no plugin: it failed before the first, for {@code problem}. */
    public static SyncJson failedRun(String problem, Instant at) {
        return new SyncJson(FORMAT_VERSION, "sync", at.toString(), true, List.of(), problem);
    }

    private static Plugin plugin(PluginSyncResult p) {
        return new Plugin(p.pluginId(), p.outcome().name().toLowerCase(Locale.ROOT), p.read(), p.inserted(),
                p.updated(), p.unchanged(), p.ticketless(), p.detail());
    }
}
