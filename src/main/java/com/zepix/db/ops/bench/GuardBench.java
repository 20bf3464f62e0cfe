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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Case 7: what the isolation guard adds to one statement. The same JDBC work (prepare a select by
 * primary key, run it, read its row, close) on a raw read connection and through a plugin
 * context's guarded connection, inside one read transaction each; once with one text the guard
 * has checked before (a cache hit: the usual case, jOOQ renders the same text again and again) and
 * once with a new text every time (the guard asks SQLite what it touches). Microseconds per statement.
 */
final class GuardBench {

    record Result(Samples raw, Samples guardedSeen, Samples rawNew, Samples guardedNew) {
    }

    private static final String SEEN = "SELECT id, signal_type, symbol, direction, consensus_score FROM v3_signals_log"
            + " WHERE id = ?";

    private GuardBench() {
    }

    static Result run(Path dataDir, BenchSizes sizes) throws SQLException {
        SqliteSettings settings = SqliteSettings.durable();
        try (DatabaseService db = DatabaseService.open(dataDir, settings);
                Connection raw = SqliteConnections.openForReading(DatabaseFile.V3.in(dataDir), settings)) {
            V3SignalLog log = new V3SignalLog(db.plugin(DatabaseKey.V3_COMBINED));
            log.logProcessed(new V3Signal("Institutional_Launchpad", "EURUSD", Direction.BUY, "15", 7, "{}"));
            int n = sizes.guardStatements();
            int m = sizes.guardNewTexts();
            int[] fresh = {0};
            // both paths warmed up before either is measured, so neither pays the other's JIT
            // the raw side keeps its prepared statement as a context's statement cache does, so the
            // difference is the guard's own work (its check and its proxies), not a prepare saved
            Map<String, PreparedStatement> rawKept = new HashMap<>();
            inTransaction(raw, c -> statements(c, n, i -> SEEN, rawKept));
            guarded(db, c -> statements(c, n, i -> SEEN));
            Samples rawSeen = micros(sizes.runs(), n, () -> inTransaction(raw, c -> statements(c, n, i -> SEEN, rawKept)));
            Samples guardedSeen = micros(sizes.runs(), n, () -> guarded(db, c -> statements(c, n, i -> SEEN)));
            // a literal in the text makes each text new to the guard; both sides run the same texts
            Samples rawNew = micros(sizes.runs(), m, () -> inTransaction(raw, c -> statements(c, m, i -> newText(fresh[0] + i))));
            Samples guardedNew = micros(sizes.runs(), m, () -> {
                fresh[0] += m;
                guarded(db, c -> statements(c, m, i -> newText(fresh[0] + i)));
            });
            for (PreparedStatement kept : rawKept.values()) {
                kept.close();
            }
            return new Result(rawSeen, guardedSeen, rawNew, guardedNew);
        }
    }

    private static String newText(int i) {
        return SEEN + " AND " + i + " = " + i;
    }

    private interface JdbcWork {
        void run(Connection c) throws SQLException;
    }

    private interface Texts {
        String text(int i);
    }

    /** Prepares, runs, reads and closes each statement. */
    private static void statements(Connection c, int count, Texts texts) throws SQLException {
        for (int i = 0; i < count; i++) {
            try (PreparedStatement ps = c.prepareStatement(texts.text(i))) {
                runAndRead(ps);
            }
        }
    }

    /** The same, with each text prepared once and kept in {@code kept}. */
    private static void statements(Connection c, int count, Texts texts, Map<String, PreparedStatement> kept)
            throws SQLException {
        for (int i = 0; i < count; i++) {
            PreparedStatement ps = kept.get(texts.text(i));
            if (ps == null) {
                ps = c.prepareStatement(texts.text(i));
                kept.put(texts.text(i), ps);
            }
            runAndRead(ps);
        }
    }

    private static void runAndRead(PreparedStatement ps) throws SQLException {
        ps.setLong(1, 1);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rs.getLong(1);
                rs.getString(2);
                rs.getString(3);
                rs.getString(4);
                rs.getInt(5);
            }
        }
    }

    private static void guarded(DatabaseService db, JdbcWork work) {
        db.plugin(DatabaseKey.V3_COMBINED).read(ctx -> {
            ctx.connection(work::run);
            return null;
        });
    }

    private static void inTransaction(Connection raw, JdbcWork work) {
        try {
            raw.setAutoCommit(false);
            try {
                work.run(raw);
            } finally {
                raw.rollback();
                raw.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Microseconds per statement of {@code work}, which runs {@code statements} statements. */
    private static Samples micros(int runs, int statements, Runnable work) {
        Samples rates = Bench.rate(runs, statements, work);
        List<Double> micros = new ArrayList<>();
        for (double perSecond : rates.values()) {
            micros.add(1e6 / perSecond);
        }
        return new Samples(micros);
    }
}
