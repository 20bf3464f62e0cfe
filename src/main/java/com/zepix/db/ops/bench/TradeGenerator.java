package com.zepix.db.ops.bench;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.SqliteConnections;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.core.UtcTimestamps;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/**
 * Fills the five plugin trades tables with synthetic history quickly (raw JDBC batches: this is
 * set-up, not a measured path): entry times spread over the last days, half of the closed ones
 * winners. As in a real bot, only recent trades can still be open: one in twenty of those
 * entered in the last day, none older.
 */
final class TradeGenerator {

    private static final List<String> TABLES = List.of("combined_v3_trades", "price_action_1m_trades",
            "price_action_5m_trades", "price_action_15m_trades", "price_action_1h_trades");

    private final Path dataDir;
    private final int days;
    private final Random random = new Random(42);
    private long nextTicket = 10_000_000_000L;

    TradeGenerator(Path dataDir, int days) {
        this.dataDir = dataDir;
        this.days = days;
    }

    /** Adds {@code total} trades, split evenly over the five plugins. */
    void add(int total) throws SQLException {
        int perPlugin = total / TABLES.size();
        try (Connection v3 = open(DatabaseFile.V3); Connection v6 = open(DatabaseFile.V6)) {
            insert(v3, TABLES.get(0), perPlugin);
            for (String table : TABLES.subList(1, TABLES.size())) {
                insert(v6, table, perPlugin);
            }
        }
    }

    private Connection open(DatabaseFile file) throws SQLException {
        return SqliteConnections.openForWriting(file.in(dataDir), SqliteSettings.durable().withNormalSync());
    }

    private void insert(Connection c, String table, int n) throws SQLException {
        boolean v3 = table.equals("combined_v3_trades");
        boolean dual = v3 || table.equals("price_action_5m_trades");
        String ticketColumn = table.equals("price_action_1m_trades") ? "order_b_ticket" : "order_a_ticket";
        String sql = v3
                ? "INSERT INTO combined_v3_trades (mt5_parent_ticket, order_a_ticket, order_b_ticket, symbol, direction,"
                        + " entry_price, entry_time, exit_time, status, signal_type, logic_route, order_a_lot_size,"
                        + " order_b_lot_size, total_profit_dollars, order_a_status, order_b_status)"
                        + " VALUES (?, ?, ?, 'EURUSD', 'BUY', 1.08, ?, ?, ?, 'Bench', 'LOGIC1', 0.1, 0.1, ?, ?, ?)"
                : dual
                ? "INSERT INTO price_action_5m_trades (order_a_ticket, order_b_ticket, symbol, direction, entry_price,"
                        + " entry_time, exit_time, status, order_a_lot_size, order_b_lot_size, total_profit_dollars)"
                        + " VALUES (?, ?, 'EURUSD', 'SELL', 1.08, ?, ?, ?, 0.1, 0.1, ?)"
                : "INSERT INTO " + table + " (" + ticketColumn + ", symbol, direction, lot_size, entry_price,"
                        + " entry_time, exit_time, status, profit_dollars)"
                        + " VALUES (?, 'XAUUSD', 'BUY', 0.05, 2600, ?, ?, ?, ?)";
        LocalDateTime now = UtcTimestamps.now();
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < n; i++) {
                int age = random.nextInt(days * 86_400);
                LocalDateTime entry = now.minusSeconds(age);
                boolean open = age < 86_400 && random.nextInt(20) == 0;
                String exit = open ? null : UtcTimestamps.format(entry.plusMinutes(30));
                Double profit = open ? null : random.nextBoolean() ? 25.0 : -20.0;
                int p = 1;
                long ticket = nextTicket;
                nextTicket += 3;
                if (v3) {
                    ps.setLong(p++, ticket);
                    ps.setLong(p++, ticket + 1);
                    ps.setLong(p++, ticket + 2);
                } else if (dual) {
                    ps.setLong(p++, ticket);
                    ps.setLong(p++, ticket + 1);
                } else {
                    ps.setLong(p++, ticket);
                }
                ps.setString(p++, UtcTimestamps.format(entry));
                ps.setString(p++, exit);
                ps.setString(p++, open ? "OPEN" : "CLOSED");
                ps.setObject(p++, profit);
                if (v3) {
                    ps.setString(p++, open ? "OPEN" : "CLOSED");
                    ps.setString(p, open ? "OPEN" : "CLOSED");
                }
                ps.addBatch();
                if (i % 10_000 == 9_999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }
}
