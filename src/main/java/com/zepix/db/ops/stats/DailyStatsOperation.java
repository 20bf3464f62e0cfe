package com.zepix.db.ops.stats;

import com.zepix.db.central.SyncLedger;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.DayRange;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.core.TradeSource;
import com.zepix.db.core.UtcTimestamps;
import com.zepix.db.ops.sync.PluginTradeSources;
import com.zepix.db.v3.V3DailyStats;
import com.zepix.db.v3.V3TradeSource;
import com.zepix.db.v3.jooq.tables.records.V3DailyStatsRecord;
import com.zepix.db.v6.V6DailyStats;
import com.zepix.db.v6.jooq.tables.records.V6DailyStatsRecord;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recomputes both plugin databases' daily statistics for a range of UTC days. V3 and V6 are done
 * apart, and each V6 timeframe is read apart: a plugin whose trades cannot be read (a row another
 * writer forced past the constraints, a missing file) fails alone, the others go on. Each failure
 * is recorded in central, in {@code sync_status} and as a {@code STATS_FAILED} ERROR in
 * {@code system_events}, and returned; the V6 rows of the range are then written without that
 * timeframe's trades, which the failure says.
 */
public final class DailyStatsOperation {

    /**
     * The recomputed rows, day by day (empty for a database that failed as a whole), and the plugins
     * that failed, each with its message naming the file, table, row, column and raw value at fault.
     *
     * @param notRecorded why the failures could not be written to central, or null
     */
    public record Result(List<V3DailyStatsRecord> v3, List<V6DailyStatsRecord> v6, Map<String, String> failures,
            String notRecorded) {

        public boolean succeeded() {
            return failures.isEmpty();
        }

        /** One line per day, for the operator; {@code -} where a database's row was not recomputed. */
        public String table() {
            StringBuilder out = new StringBuilder(String.format("%-10s  %7s %7s %7s %10s %7s   %5s %5s %5s %5s %10s %6s %7s%n",
                    "day", "v3 in", "A shut", "B shut", "v3 $", "v3 win%", "1m", "5m", "15m", "1h", "v6 $", "pulses",
                    "v6 win%"));
            for (int i = 0; i < Math.max(v3.size(), v6.size()); i++) {
                V3DailyStatsRecord a = i < v3.size() ? v3.get(i) : null;
                V6DailyStatsRecord b = i < v6.size() ? v6.get(i) : null;
                out.append(String.format("%-10s  ", a != null ? a.getDate() : b.getDate()));
                out.append(a == null ? String.format("%7s %7s %7s %10s %7s", "-", "-", "-", "-", "-")
                        : String.format("%7d %7d %7d %10.2f %7.1f", a.getTotalDualEntries(), a.getTotalOrderAClosed(),
                                a.getTotalOrderBClosed(), a.getTotalProfitDollars(), a.getWinRate()));
                out.append("   ");
                out.append(b == null ? String.format("%5s %5s %5s %5s %10s %6s %7s", "-", "-", "-", "-", "-", "-", "-")
                        : String.format("%5d %5d %5d %5d %10.2f %6d %7.1f", b.getPlugin_1mTrades(), b.getPlugin_5mTrades(),
                                b.getPlugin_15mTrades(), b.getPlugin_1hTrades(), b.getTotalProfitDollars(),
                                b.getTrendPulseUpdates(), b.getWinRate()));
                out.append(String.format("%n"));
            }
            return out.toString();
        }
    }

    static final String EVENT_TYPE = "STATS_FAILED";

    private final Path dataDir;

    public DailyStatsOperation(Path dataDir) {
        this.dataDir = dataDir;
    }

    public Result run(DayRange days) {
        Map<String, String> failures = new LinkedHashMap<>();
        List<V3DailyStatsRecord> v3 = List.of();
        List<V6DailyStatsRecord> v6 = List.of();
        List<TradeSource> timeframes = PluginTradeSources.v6();
        try (DatabaseService db = DatabaseService.open(dataDir, SqliteSettings.durable(),
                EnumSet.of(DatabaseFile.V3, DatabaseFile.V6))) {
            try {
                v3 = new V3DailyStats(db).recompute(days);
            } catch (RuntimeException e) {
                failures.put(V3TradeSource.PLUGIN_ID, message(e));
            }
            try {
                V6DailyStats.Recomputed recomputed = new V6DailyStats(db, timeframes).recompute(days);
                v6 = recomputed.rows();
                recomputed.failed().forEach((plugin, e) -> failures.put(plugin, message(e)
                        + " (the V6 rows of these days are written without this plugin's trades)"));
            } catch (RuntimeException e) {
                timeframes.forEach(t -> failures.put(t.pluginId(), message(e)));
            }
        }
        return new Result(v3, v6, Collections.unmodifiableMap(failures), failures.isEmpty() ? null : record(failures));
    }

    /** Writes each failure to central; returns why it could not, or null. */
    private String record(Map<String, String> failures) {
        LocalDateTime now = UtcTimestamps.now();
        try (DatabaseService central = DatabaseService.open(dataDir, SqliteSettings.durable(), Set.of(DatabaseFile.CENTRAL))) {
            SyncLedger ledger = new SyncLedger(central);
            failures.forEach((plugin, error) -> ledger.recordFailure(plugin, EVENT_TYPE, error, now));
            return null;
        } catch (RuntimeException e) {
            return message(e);
        }
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
