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

    public record Result(List<V3DailyStatsRecord> v3, List<V6DailyStatsRecord> v6) {
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
