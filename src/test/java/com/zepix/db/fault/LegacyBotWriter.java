package com.zepix.db.fault;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Child process standing for the old bot that still has its {@code trading_bot.db} open in WAL
 * mode: it writes one dual entry that stays in the {@code -wal} (no checkpoint), then holds a read
 * transaction open (as a bot between queries would) until told EXIT on stdin.
 */
public final class LegacyBotWriter {

    private LegacyBotWriter() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]); Statement st = c.createStatement();
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA wal_autocheckpoint=0");
            st.execute("INSERT INTO trades (trade_id, symbol, entry_price, direction, status, open_time, order_type)"
                    + " VALUES ('21', 'XAUUSD', 2300.5, 'sell', 'open', '2025-06-02 10:00:00', 'TP_TRAIL'),"
                    + " ('22', 'XAUUSD', 2300.5, 'sell', 'open', '2025-06-02 10:00:00.002', 'PROFIT_TRAIL')");
            c.setAutoCommit(false);
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM trades")) {
                rs.next();
                System.out.println("READY " + rs.getLong(1));
                System.out.flush();
            }
            for (String line; (line = in.readLine()) != null; ) {
                if (line.equals("EXIT")) {
                    c.rollback();
                    return;
                }
            }
        }
    }
}
