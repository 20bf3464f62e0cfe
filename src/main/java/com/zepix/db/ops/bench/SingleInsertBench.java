package com.zepix.db.ops.bench;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseKey;
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
import org.sqlite.SQLiteConfig;

/**
 * Case 1 (and 6): one durable transaction per insert, as a plugin writes when a signal arrives.
 * The store API (guarded, IMMEDIATE, synchronous=FULL) against the best raw JDBC on the same
 * table and pragmas (one reused PreparedStatement, generated keys off, autocommit), and against
 * the architecture document's own style (rollback journal instead of WAL, FULL, a commit per insert).
 */
final class SingleInsertBench {

    static final String INSERT = "INSERT INTO v3_signals_log (signal_type, symbol, direction, timeframe,"
            + " consensus_score, signal_json, processed, trade_placed) VALUES (?, ?, ?, ?, ?, ?, 1, 0)";

    private static final V3Signal SIGNAL =
            new V3Signal("Institutional_Launchpad", "EURUSD", Direction.BUY, "15", 7, "{\"score\":7}");

    private SingleInsertBench() {
    }

    /** The store API; the service stays open across rounds, as in the bot. */
    static final class Store implements Rounds.Measure, AutoCloseable {
        private final DatabaseService db;
        private final V3SignalLog log;
        private final int inserts;

        Store(Path dataDir, SqliteSettings settings, int inserts) {
            this.db = DatabaseService.open(dataDir, settings);
            this.log = new V3SignalLog(db.plugin(DatabaseKey.V3_COMBINED));
            this.inserts = inserts;
        }

        @Override
        public double run() {
            long start = System.nanoTime();
            for (int i = 0; i < inserts; i++) {
                log.logProcessed(SIGNAL);
            }
            return Rounds.ratePerSecond(inserts, start);
        }

        @Override
        public void close() {
            db.close();
        }
    }

    /**
     * Hand-written JDBC on one connection, one prepared statement, one transaction per insert: in
     * autocommit (the best raw baseline), or with the store's transaction shape, BEGIN IMMEDIATE,
     * the insert, COMMIT, each prepared once. That shape is not a target: it shows how much of the
     * gap to autocommit is the explicit transaction itself (two statements more, and the driver's
     * autocommit bookkeeping after each) rather than jOOQ and the guard.
     */
    static final class Raw implements Rounds.Measure, AutoCloseable {
        private final Connection connection;
        private final PreparedStatement insert;
        private final PreparedStatement begin;
        private final PreparedStatement commit;
        private final int inserts;

        private Raw(Path dataDir, SQLiteConfig config, boolean explicitTransaction, int inserts) throws SQLException {
            this.connection = SqliteConnections.dataSource(DatabaseFile.V3.in(dataDir), config).getConnection();
            this.insert = connection.prepareStatement(INSERT);
            this.begin = explicitTransaction ? connection.prepareStatement("BEGIN IMMEDIATE") : null;
            this.commit = explicitTransaction ? connection.prepareStatement("COMMIT") : null;
            this.inserts = inserts;
        }

        /** Autocommit, with {@code journal} as the journal mode. */
        static Raw autocommit(Path dataDir, SqliteSettings settings, SQLiteConfig.JournalMode journal, int inserts)
                throws SQLException {
            SQLiteConfig config = bestRaw(settings);
            config.setJournalMode(journal);
            return new Raw(dataDir, config, false, inserts);
        }

        /** BEGIN IMMEDIATE, the insert, COMMIT, on the production pragmas. */
        static Raw immediate(Path dataDir, SqliteSettings settings, int inserts) throws SQLException {
            return new Raw(dataDir, bestRaw(settings), true, inserts);
        }

        @Override
        public double run() throws SQLException {
            long start = System.nanoTime();
            for (int i = 0; i < inserts; i++) {
                if (begin != null) {
                    begin.executeUpdate();
                }
                bind(insert, SIGNAL);
                insert.executeUpdate();
                if (commit != null) {
                    commit.executeUpdate();
                }
            }
            return Rounds.ratePerSecond(inserts, start);
        }

        @Override
        public void close() throws SQLException {
            try (connection; insert; begin; commit) {
                // closes all that were prepared (try-with-resources skips the nulls)
            }
        }
    }

    /** The production pragmas for writing, without sqlite-jdbc's SELECT last_insert_rowid() after each update. */
    static SQLiteConfig bestRaw(SqliteSettings settings) {
        SQLiteConfig config = settings.forWriting();
        config.setGetGeneratedKeys(false);
        return config;
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
