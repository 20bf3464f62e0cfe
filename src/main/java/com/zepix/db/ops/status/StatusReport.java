package com.zepix.db.ops.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
     * @param history the plugin's trades to date (all days, an imported history included), as of its last sync
     */
    public record PluginRow(String pluginId, boolean enabled, String status, LocalDateTime lastSyncAt,
            Boolean lastSyncSucceeded, Integer recordsSynced, String syncError, int openTrades, int entriesToday,
            int closesToday, double profitToday, Double winRateToday, History history) {
    }

    /**
     * A plugin's trades to date by the day they were entered, from central's daily rollup.
     *
     * @param winRate percent of the closed ones with profit > 0; null when none is closed
     * @param firstDay the first day with a trade, null when there is none; likewise {@code lastDay}
     */
    public record History(long trades, long closedTrades, double profitDollars, Double winRate, LocalDate firstDay,
            LocalDate lastDay) {

        static final History NONE = new History(0, 0, 0.0, null, null, null);
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
