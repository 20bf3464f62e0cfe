package com.zepix.db.ops.stats;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.DayRange;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.ops.sync.PluginTradeSources;
import com.zepix.db.v3.V3DailyStats;
import com.zepix.db.v3.jooq.tables.records.V3DailyStatsRecord;
import com.zepix.db.v6.V6DailyStats;
import com.zepix.db.v6.jooq.tables.records.V6DailyStatsRecord;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

/** Recomputes both plugin databases' daily statistics for a range of UTC days; central is not involved. */
public final class DailyStatsOperation {

    /** The recomputed rows, day by day (both lists cover the same days in the same order). */
    public record Result(List<V3DailyStatsRecord> v3, List<V6DailyStatsRecord> v6) {

        /** One line per day, for the operator. */
        public String table() {
            StringBuilder out = new StringBuilder(String.format("%-10s  %7s %7s %7s %10s %7s   %5s %5s %5s %5s %10s %6s %7s%n",
                    "day", "v3 in", "A shut", "B shut", "v3 $", "v3 win%", "1m", "5m", "15m", "1h", "v6 $", "pulses",
                    "v6 win%"));
            for (int i = 0; i < v3.size(); i++) {
                V3DailyStatsRecord a = v3.get(i);
                V6DailyStatsRecord b = v6.get(i);
                out.append(String.format("%-10s  %7d %7d %7d %10.2f %7.1f   %5d %5d %5d %5d %10.2f %6d %7.1f%n",
                        a.getDate(), a.getTotalDualEntries(), a.getTotalOrderAClosed(), a.getTotalOrderBClosed(),
                        a.getTotalProfitDollars(), a.getWinRate(), b.getPlugin_1mTrades(), b.getPlugin_5mTrades(),
                        b.getPlugin_15mTrades(), b.getPlugin_1hTrades(), b.getTotalProfitDollars(),
                        b.getTrendPulseUpdates(), b.getWinRate()));
            }
            return out.toString();
        }
    }

    private final Path dataDir;

    public DailyStatsOperation(Path dataDir) {
        this.dataDir = dataDir;
    }

    public Result run(DayRange days) {
        try (DatabaseService db = DatabaseService.open(dataDir, SqliteSettings.durable(),
                EnumSet.of(DatabaseFile.V3, DatabaseFile.V6))) {
            return new Result(new V3DailyStats(db).recompute(days),
                    new V6DailyStats(db, PluginTradeSources.v6()).recompute(days));
        }
    }
}
