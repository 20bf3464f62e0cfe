package com.zepix.db.ops.stats;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.DayRange;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.ops.sync.PluginTradeSources;
import com.zepix.db.v3.V3DailyStatsStore;
import com.zepix.db.v3.jooq.tables.pojos.V3DailyStats;
import com.zepix.db.v6.V6DailyStatsStore;
import com.zepix.db.v6.jooq.tables.pojos.V6DailyStats;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

/** Recomputes both plugin databases' daily statistics for a range of UTC days; central is not involved. */
public final class DailyStatsOperation {

    /** The recomputed rows, day by day (both lists cover the same days in the same order). */
    public record Result(List<V3DailyStats> v3, List<V6DailyStats> v6) {

        /** One line per day, for the operator. */
        public String table() {
            StringBuilder out = new StringBuilder(String.format("%-10s  %7s %7s %7s %10s %7s   %5s %5s %5s %5s %10s %6s %7s%n",
                    "day", "v3 in", "A shut", "B shut", "v3 $", "v3 win%", "1m", "5m", "15m", "1h", "v6 $", "pulses",
                    "v6 win%"));
            for (int i = 0; i < v3.size(); i++) {
                V3DailyStats a = v3.get(i);
                V6DailyStats b = v6.get(i);
                out.append(String.format("%-10s  %7d %7d %7d %10.2f %7.1f   %5d %5d %5d %5d %10.2f %6d %7.1f%n",
                        a.date(), a.totalDualEntries(), a.totalOrderAClosed(), a.totalOrderBClosed(),
                        a.totalProfitDollars(), a.winRate(), b.plugin_1mTrades(), b.plugin_5mTrades(),
                        b.plugin_15mTrades(), b.plugin_1hTrades(), b.totalProfitDollars(),
                        b.trendPulseUpdates(), b.winRate()));
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
            return new Result(new V3DailyStatsStore(db.plugin(DatabaseKey.V3_COMBINED)).recompute(days),
                    new V6DailyStatsStore(db, PluginTradeSources.v6()).recompute(days));
        }
    }
}
