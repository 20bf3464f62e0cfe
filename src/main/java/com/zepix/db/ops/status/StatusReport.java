package com.zepix.db.ops.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One look at the operator's data folder: the three files, the plugins, the last problems, and
 * what needs attention with the command that fixes each.
 *
 * @param at when the look was taken (UTC)
 * @param today the UTC day the plugins' "today" figures cover
 * @param pluginsNotRead why central's plugins, their sync and its events were not read; null when they were
 */
public record StatusReport(Instant at, String today, List<DatabaseState> databases, List<PluginRow> plugins,
        String pluginsNotRead, List<Event> lastProblems, List<Attention> attention) {

    public boolean needsAttention() {
        return !attention.isEmpty();
    }

    /**
     * @param fileBytes null when the file is missing; {@code walBytes} null when there is no -wal
     * @param schemaVersion the file's, null when it could not be read
     * @param jarSchemaVersion what this jar's migrations produce
     * @param lastBackup the newest backup's file name, null when there is none
     * @param lastBackupAge how old it is, null when there is none
     * @param problem why the file could not be read, or null
     */
    public record DatabaseState(String database, String file, Long fileBytes, Long walBytes, String schemaVersion,
            String jarSchemaVersion, String lastBackup, Instant lastBackupAt, Duration lastBackupAge, String problem) {
    }

    /**
     * One registered plugin. Trade figures are as of the last sync (from aggregated_trades).
     *
     * @param lastSyncAt null when never synced; likewise {@code lastSyncSucceeded} and {@code recordsSynced}
     * @param syncError the last sync's error, or null
     * @param recordsSynced the rows the last sync wrote (new and updated), as sync_status records it
     * @param winRateToday percent of today's closes with profit > 0; null without closes today (no rate to give)
     */
    public record PluginRow(String pluginId, boolean enabled, String status, LocalDateTime lastSyncAt,
            Boolean lastSyncSucceeded, Integer recordsSynced, String syncError, int openTrades, int entriesToday,
            int closesToday, double profitToday, Double winRateToday) {
    }

    public record Event(LocalDateTime at, String severity, String type, String pluginId, String description) {
    }

    /**
     * Something the operator should act on.
     *
     * @param subject the database file or plugin concerned
     * @param fix the command that fixes it
     */
    public record Attention(String subject, String problem, String fix) {
    }
}
