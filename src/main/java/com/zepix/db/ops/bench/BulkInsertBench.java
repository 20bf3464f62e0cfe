package com.zepix.db.ops.bench;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.SqliteConnections;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.v3.V3Signal;
import com.zepix.db.v3.V3SignalLog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Case 2: many signal rows in one transaction, through the store's jOOQ batch vs a raw JDBC batch. */
final class BulkInsertBench {

    private BulkInsertBench() {
    }

    static Samples jooq(Path dataDir, List<V3Signal> signals, int runs) {
        try (DatabaseService db = DatabaseService.open(dataDir)) {
            V3SignalLog log = new V3SignalLog(db.plugin(DatabaseKey.V3_COMBINED));
            return Bench.rate(runs, signals.size(), () -> log.logAllProcessed(signals));
        }
    }

    static Samples rawJdbc(Path dataDir, List<V3Signal> signals, int runs) {
        try (Connection c = SqliteConnections.openForWriting(DatabaseFile.V3.in(dataDir), SqliteSettings.durable());
                PreparedStatement insert = c.prepareStatement("INSERT INTO v3_signals_log (signal_type, symbol,"
                        + " direction, timeframe, consensus_score, signal_json, processed, trade_placed)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 1, 0)")) {
            return Bench.rate(runs, signals.size(), () -> {
                try {
                    c.setAutoCommit(false);
                    for (V3Signal s : signals) {
                        SingleInsertBench.bind(insert, s);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    c.commit();
                    c.setAutoCommit(true);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
