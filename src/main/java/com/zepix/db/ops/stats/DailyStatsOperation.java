package com.zepix.db.ops.stats;

import com.zepix.db.central.SyncLedger;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.DayRange;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.core.TradeSource;
import com.zepix.db.core.UtcTimestamps;
import com.zepix.db.ops.ProgressListener;
import com.zepix.db.ops.sync.PluginFailures;
import com.zepix.db.ops.sync.PluginTradeSources;
import com.zepix.db.v3.V3DailyStatsStore;
import com.zepix.db.v3.V3TradeSource;
import com.zepix.db.v3.jooq.tables.pojos.V3DailyStats;
import com.zepix.db.v6.V6DailyStatsStore;
import com.zepix.db.v6.jooq.tables.pojos.V6DailyStats;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recomputes both plugin databases' daily statistics for a range of UTC days. Days without trades
 * get no row (see {@link V3DailyStats}, {@link V6DailyStats}).
 *
 * <p>V3 and V6 are done apart, and each V6 timeframe is read apart: a plugin whose trades cannot be
 * read (a row another writer forced past the constraints, a missing file) fails alone, the others go
 * on. Each failure is returned and recorded in central, in {@code sync_status} and as a
 * {@code STATS_FAILED} ERROR in {@code system_events}; the V6 rows of those days are then written
 * without that timeframe's trades, which the failure says. Central is opened only to record failures.
 */
public final class DailyStatsOperation {

    /** A range is recomputed this many days at a time, so a long one can show how far it has come. */
    private static final int DAYS_PER_STEP = 31;

    /** One day that has a row in either table; the other side is null when it has none. */
    public record Day(LocalDate date, V3DailyStats v3, V6DailyStats v6) {
    }

    /**
     * The recomputed rows, day by day; days without any row are absent.
     *
     * @param failures plugin id to why it failed, naming the file, table, row, column and raw value at fault
     * @param notRecorded why the failures could not be written to central, or null
     */
    public record Result(DayRange range, List<Day> days, Map<String, String> failures, String notRecorded) {

        public boolean succeeded() {
            return failures.isEmpty();
        }

        public int emptyDays() {
            return range.days().size() - days.size();
        }

        /** One line per day that has a row, and a line saying why the others have none. */
        public String table() {
            StringBuilder out = new StringBuilder();
            if (!days.isEmpty()) {
                out.append(String.format("%-10s  %7s %7s %7s %10s %7s   %5s %5s %5s %5s %10s %6s %7s%n",
                        "day", "v3 in", "A shut", "B shut", "v3 $", "v3 win%", "1m", "5m", "15m", "1h", "v6 $", "pulses",
                        "v6 win%"));
            }
            for (Day day : days) {
                V3DailyStats a = day.v3();
                V6DailyStats b = day.v6();
                out.append(String.format("%-10s  %s   %s%n", day.date(),
                        a == null ? String.format("%7s %7s %7s %10s %7s", "-", "-", "-", "-", "-")
                                : String.format("%7d %7d %7d %10.2f %7.1f", a.totalDualEntries(), a.totalOrderAClosed(),
                                        a.totalOrderBClosed(), a.totalProfitDollars(), a.winRate()),
                        b == null ? String.format("%5s %5s %5s %5s %10s %6s %7s", "-", "-", "-", "-", "-", "-", "-")
                                : String.format("%5d %5d %5d %5d %10.2f %6d %7.1f", b.plugin_1mTrades(),
                                        b.plugin_5mTrades(), b.plugin_15mTrades(), b.plugin_1hTrades(),
                                        b.totalProfitDollars(), b.trendPulseUpdates(), b.winRate())));
            }
            if (days.isEmpty() && !failures.isEmpty()) {
                out.append("No trades entered ").append(span()).append(" in the tables that could be read: no")
                        .append(" statistics rows written.").append(System.lineSeparator());
            } else if (days.isEmpty()) {
                out.append("No trades entered ").append(span()).append(": no statistics rows written.")
                        .append(System.lineSeparator());
            } else if (emptyDays() > 0) {
                out.append(emptyDays()).append(" of ").append(range.days().size())
                        .append(" days had no trades (and no Trend Pulse updates): no rows for them.")
                        .append(System.lineSeparator());
            }
            return out.toString();
        }

        private String span() {
            return range.from().equals(range.to()) ? "on " + range.from() : "from " + range.from() + " to " + range.to();
        }
    }

    static final String EVENT_TYPE = "STATS_FAILED";

    private static final Logger LOG = LoggerFactory.getLogger(DailyStatsOperation.class);

    private final Path dataDir;
    private final ProgressListener progress;

    public DailyStatsOperation(Path dataDir) {
        this(dataDir, ProgressListener.NONE);
    }

    /** @param progress hears how many of the range's days are done */
    public DailyStatsOperation(Path dataDir, ProgressListener progress) {
        this.dataDir = dataDir;
        this.progress = ProgressListener.orNone(progress);
    }

    public Result run(DayRange range) {
        List<V3DailyStats> v3 = new ArrayList<>();
        List<V6DailyStats> v6 = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        String label = "stats";
        long total = range.days().size();
        Path v3File = DatabaseFile.V3.in(dataDir);
        Path v6File = DatabaseFile.V6.in(dataDir);
        List<TradeSource> timeframes = PluginTradeSources.v6();
        // each file is opened on its own, so a missing or damaged one fails its plugins alone
        try (DatabaseService v3Db = open(DatabaseFile.V3, List.of(V3TradeSource.PLUGIN_ID), failures);
                DatabaseService v6Db = open(DatabaseFile.V6, timeframes.stream().map(TradeSource::pluginId).toList(),
                        failures)) {
            V3DailyStatsStore v3Stats = v3Db == null ? null : new V3DailyStatsStore(v3Db.plugin(DatabaseKey.V3_COMBINED));
            V6DailyStatsStore v6Stats = v6Db == null ? null : new V6DailyStatsStore(v6Db.plugin(DatabaseKey.V6_PRICE_ACTION_1M),
                    timeframes.stream().map(t -> t.on(v6Db.plugin(t.key()))).toList());
            long done = 0;
            for (DayRange step : steps(range)) {
                if (v3Stats != null) {
                    try {
                        v3.addAll(v3Stats.recompute(step));
                    } catch (RuntimeException e) {
                        fail(failures, V3TradeSource.PLUGIN_ID, v3File, e, "");
                    }
                }
                if (v6Stats != null) {
                    try {
                        V6DailyStatsStore.Recomputed recomputed = v6Stats.recompute(step);
                        v6.addAll(recomputed.rows());
                        recomputed.failed().forEach((plugin, e) -> fail(failures, plugin, v6File, e,
                                " (the V6 rows of these days are written without this plugin's trades)"));
                    } catch (RuntimeException e) {
                        timeframes.forEach(t -> fail(failures, t.pluginId(), v6File, e, ""));
                    }
                }
                done += step.days().size();
                progress.progress(label, done, total);
            }
        } finally {
            progress.finished(label);
        }
        Map<LocalDate, V3DailyStats> v3ByDay = v3.stream().collect(Collectors.toMap(V3DailyStats::date, Function.identity()));
        Map<LocalDate, V6DailyStats> v6ByDay = v6.stream().collect(Collectors.toMap(V6DailyStats::date, Function.identity()));
        Map<LocalDate, Day> days = new TreeMap<>();
        v3ByDay.keySet().forEach(d -> days.put(d, new Day(d, v3ByDay.get(d), v6ByDay.get(d))));
        v6ByDay.keySet().forEach(d -> days.putIfAbsent(d, new Day(d, null, v6ByDay.get(d))));
        return new Result(range, List.copyOf(days.values()), Collections.unmodifiableMap(failures),
                failures.isEmpty() ? null : record(failures));
    }

    /** Writes each failure to central; returns why it could not, or null. */
    private String record(Map<String, String> failures) {
        LocalDateTime now = UtcTimestamps.now();
        try (DatabaseService central = DatabaseService.open(dataDir, SqliteSettings.durable(), Set.of(DatabaseFile.CENTRAL))) {
            SyncLedger ledger = new SyncLedger(central.plugin(DatabaseKey.CENTRAL_SYSTEM));
            failures.forEach((plugin, error) -> ledger.recordFailure(plugin, EVENT_TYPE, error, now));
            return null;
        } catch (RuntimeException e) {
            return message(e);
        }
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The plugin file {@code file} opened alone, or null when it cannot be: then each of {@code plugins} has failed. */
    private DatabaseService open(DatabaseFile file, List<String> plugins, Map<String, String> failures) {
        try {
            return DatabaseService.open(dataDir, SqliteSettings.durable(), Set.of(file));
        } catch (RuntimeException e) {
            plugins.forEach(plugin -> fail(failures, plugin, file.in(dataDir), e, ""));
            return null;
        }
    }

    /**
     * Keeps the plugin's first failure as {@code <file>: <problem>} (never the SQL text that failed) and logs it with
     * the whole exception.
     */
    private static void fail(Map<String, String> failures, String plugin, Path file, Throwable e, String consequence) {
        if (!failures.containsKey(plugin)) {
            String error = PluginFailures.describe(file, e) + consequence;
            failures.put(plugin, error);
            LOG.error("stats {} failed: {}", plugin, error, e);
        }
    }

    private static List<DayRange> steps(DayRange range) {
        List<DayRange> steps = new ArrayList<>();
        for (LocalDate from = range.from(); !from.isAfter(range.to()); from = from.plusDays(DAYS_PER_STEP)) {
            LocalDate to = from.plusDays(DAYS_PER_STEP - 1);
            steps.add(new DayRange(from, to.isAfter(range.to()) ? range.to() : to));
        }
        return steps;
    }
}
