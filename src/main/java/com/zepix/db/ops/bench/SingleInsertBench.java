package com.zepix.db.ops.bench;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.Direction;
import com.zepix.db.core.SqliteConnections;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.v3.V3Signal;
import com.zepix.db.v3.V3SignalLog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Case 1 (and 6): one durable transaction per insert, as a plugin writes when a signal arrives,
 * through the store API and through a hand-written PreparedStatement on a raw connection with
 * the same pragmas. Inserts per second.
 */
final class SingleInsertBench {

    private static final V3Signal SIGNAL =
            new V3Signal("Institutional_Launchpad", "EURUSD", Direction.BUY, "15", 7, "{\"score\":7}");

    private SingleInsertBench() {
    }

    static Samples store(Path dataDir, SqliteSettings settings, int inserts, int runs) {
        try (DatabaseService db = DatabaseService.open(dataDir, settings)) {
            V3SignalLog log = new V3SignalLog(db);
            return Bench.rate(runs, inserts, () -> {
                for (int i = 0; i < inserts; i++) {
                    log.logProcessed(SIGNAL);
                }
            });
        }
    }

    static Samples rawJdbc(Path dataDir, SqliteSettings settings, int inserts, int runs) {
        try (Connection c = SqliteConnections.openForWriting(DatabaseFile.V3.in(dataDir), settings);
                PreparedStatement insert = c.prepareStatement("INSERT INTO v3_signals_log (signal_type, symbol,"
                        + " direction, timeframe, consensus_score, signal_json, processed, trade_placed)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 1, 0)")) {
            return Bench.rate(runs, inserts, () -> {
                try {
                    for (int i = 0; i < inserts; i++) {
                        bind(insert, SIGNAL);
                        insert.executeUpdate(); // autocommit: one transaction, like the store's
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void bind(PreparedStatement insert, V3Signal s) throws SQLException {
        insert.setString(1, s.signalType());
        insert.setString(2, s.symbol());
        insert.setString(3, s.direction().name());
        insert.setString(4, s.timeframe());
        insert.setInt(5, s.consensusScore());
        insert.setString(6, s.json());
    }

    static List<V3Signal> signals(int n) {
        List<V3Signal> signals = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            signals.add(new V3Signal("Liquidity_Trap", i % 2 == 0 ? "EURUSD" : "GBPUSD",
                    i % 3 == 0 ? Direction.SELL : Direction.BUY, "15", i % 10, "{\"n\":" + i + "}"));
        }
        return signals;
    }
}
