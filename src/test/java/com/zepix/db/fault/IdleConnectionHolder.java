package com.zepix.db.fault;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * Child process for the restore test: connects to a database and does not read it (as a bot that
 * has just started, or sits between opening and its first query), until told on stdin to write
 * one row; prints COMMITTED once that commit has returned.
 */
public final class IdleConnectionHolder {

    private IdleConnectionHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            System.out.println("READY");
            System.out.flush();
            for (String line; (line = in.readLine()) != null; ) {
                if (line.equals("WRITE")) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO market_trends (symbol, timeframe, bull_count) VALUES (?, '60', 1)")) {
                        ps.setString(1, args[1]);
                        ps.executeUpdate();
                    }
                    System.out.println("COMMITTED");
                    System.out.flush();
                } else if (line.equals("EXIT")) {
                    return;
                }
            }
        }
    }
}
