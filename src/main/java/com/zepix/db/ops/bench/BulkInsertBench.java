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

/** Case 2: many signal rows in one transaction, through the store's bulk import vs a raw JDBC batch. */
final class BulkInsertBench {

    private BulkInsertBench() {
    }

    static final class Store implements Rounds.Measure, AutoCloseable {
        private final DatabaseService db;
        private final V3SignalLog log;
        private final List<V3Signal> signals;

        Store(Path dataDir, List<V3Signal> signals) {
            this.db = DatabaseService.open(dataDir);
            this.log = new V3SignalLog(db.plugin(DatabaseKey.V3_COMBINED));
            this.signals = signals;
        }

        @Override
        public double run() {
            long start = System.nanoTime();
            log.logAllProcessed(signals);
            return Rounds.ratePerSecond(signals.size(), start);
        }

        @Override
        public void close() {
            db.close();
        }
    }

    /** One prepared statement, one JDBC batch, one IMMEDIATE transaction; generated keys off. */
    static final class Raw implements Rounds.Measure, AutoCloseable {
        private final Connection connection;
        private final PreparedStatement insert;
        private final List<V3Signal> signals;

        Raw(Path dataDir, List<V3Signal> signals) throws SQLException {
            this.connection = SqliteConnections.dataSource(DatabaseFile.V3.in(dataDir),
                    SingleInsertBench.bestRaw(SqliteSettings.durable())).getConnection();
            this.insert = connection.prepareStatement(SingleInsertBench.INSERT);
            this.signals = signals;
        }

        @Override
        public double run() throws SQLException {
            long start = System.nanoTime();
            connection.setAutoCommit(false);
            for (V3Signal s : signals) {
                SingleInsertBench.bind(insert, s);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
            connection.setAutoCommit(true);
            return Rounds.ratePerSecond(signals.size(), start);
        }

        @Override
        public void close() throws SQLException {
            try (connection; insert) {
                // closes both
            }
        }
    }
}
