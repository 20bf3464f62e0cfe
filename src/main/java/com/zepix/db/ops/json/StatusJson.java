package com.zepix.db.ops.json;

import com.zepix.db.core.UtcTimestamps;
import com.zepix.db.ops.status.StatusReport;
import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code status --json}: the same screen as data. Times are UTC, ISO-8601 with a Z; {@code win_rate_today}
 * is null for a plugin without closes today; {@code plugins_not_read} says why {@code plugins} and
 * {@code last_problems} are empty when central was not read (null when it was).
 */
public record StatusJson(int formatVersion, String command, String at, String today, boolean needsAttention,
        List<Database> databases, List<Plugin> plugins, String pluginsNotRead, List<Event> lastProblems,
        List<StatusReport.Attention> attention) {

    public static final int FORMAT_VERSION = 1;

    public record Database(String database, String file, Long fileBytes, Long walBytes, String schemaVersion,
            String jarSchemaVersion, String lastBackup, String lastBackupAt, Long lastBackupAgeSeconds, String problem) {
    }

    public record Plugin(String pluginId, boolean enabled, String status, String lastSyncAt, Boolean lastSyncSucceeded,
            Integer recordsSynced, String syncError, int openTrades, int entriesToday, int closesToday,
            double profitToday, Double winRateToday, History history) {
    }

    /**
     * The plugin's trades to date, by entry day; days are {@code YYYY-MM-DD}, null when it has no
     * trade; {@code winRate} null when none is closed.
     */
    public record History(long trades, long closedTrades, double profitDollars, Double winRate, String firstDay,
            String lastDay) {
    }

    public record Event(String at, String severity, String type, String pluginId, String description) {
    }

    public static StatusJson of(StatusReport r) {
        return new StatusJson(FORMAT_VERSION, "status", r.at().toString(), r.today(), r.needsAttention(),
                r.databases().stream().map(d -> new Database(d.database(), d.file(), d.fileBytes(), d.walBytes(),
                        d.schemaVersion(), d.jarSchemaVersion(), d.lastBackup(),
                        d.lastBackupAt() == null ? null : d.lastBackupAt().toString(),
                        d.lastBackupAge() == null ? null : d.lastBackupAge().getSeconds(), d.problem())).toList(),
                r.plugins().stream().map(p -> new Plugin(p.pluginId(), p.enabled(), p.status(), utc(p.lastSyncAt()),
                        p.lastSyncSucceeded(), p.recordsSynced(), p.syncError(), p.openTrades(), p.entriesToday(),
                        p.closesToday(), p.profitToday(), p.winRateToday(), history(p.history()))).toList(),
                r.pluginsNotRead(),
                r.lastProblems().stream().map(e -> new Event(utc(e.at()), e.severity(), e.type(), e.pluginId(),
                        e.description())).toList(),
                r.attention());
    }

    private static History history(StatusReport.History h) {
        return new History(h.trades(), h.closedTrades(), h.profitDollars(), h.winRate(),
                h.firstDay() == null ? null : h.firstDay().toString(), h.lastDay() == null ? null : h.lastDay().toString());
    }

    private static String utc(LocalDateTime t) {
        return t == null ? null : UtcTimestamps.format(t).replace(' ', 'T') + "Z";
    }
}
