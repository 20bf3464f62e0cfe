package com.zepix.db.ops.bench;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.SqliteConnections;
import com.zepix.db.core.SqliteSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;

/**
 * Case 4's baseline: the sync's work written by hand in JDBC. For each plugin it streams the
 * columns the aggregation needs out of the plugin file, applies the same ticket, lots and status
 * rules, and upserts into {@code aggregated_trades} through one prepared statement in JDBC batches
 * of the sync's size, one IMMEDIATE transaction per plugin, with the production pragmas. Its
 * target is a copy of central without the dashboard rollup's triggers: the baseline is the copy
 * alone, and the store must pay for keeping the rollup in step within the 1.25x.
 */
final class RawSyncCopy {

    static final int BATCH = 5_000;

    private record Plugin(String id, String type, DatabaseFile file, String select, boolean singleOrder) {
    }

    private static final String SINGLE = "SELECT id, %s, symbol, direction, lot_size, NULL, entry_time, exit_time,"
            + " profit_dollars, status FROM %s";
    private static final List<Plugin> PLUGINS = List.of(
            new Plugin("combined_v3", "V3_COMBINED", DatabaseFile.V3, "SELECT id, coalesce(mt5_parent_ticket,"
                    + " order_a_ticket), symbol, direction, order_a_lot_size, order_b_lot_size, entry_time, exit_time,"
                    + " total_profit_dollars, status FROM combined_v3_trades", false),
            new Plugin("price_action_1m", "V6_PRICE_ACTION", DatabaseFile.V6,
                    String.format(SINGLE, "order_b_ticket", "price_action_1m_trades"), true),
            new Plugin("price_action_5m", "V6_PRICE_ACTION", DatabaseFile.V6, "SELECT id, coalesce(order_a_ticket,"
                    + " order_b_ticket), symbol, direction, order_a_lot_size, order_b_lot_size, entry_time, exit_time,"
                    + " total_profit_dollars, status FROM price_action_5m_trades", false),
            new Plugin("price_action_15m", "V6_PRICE_ACTION", DatabaseFile.V6,
                    String.format(SINGLE, "order_a_ticket", "price_action_15m_trades"), true),
            new Plugin("price_action_1h", "V6_PRICE_ACTION", DatabaseFile.V6,
                    String.format(SINGLE, "order_a_ticket", "price_action_1h_trades"), true));

    private static final String UPSERT = "INSERT INTO aggregated_trades (plugin_id, plugin_type, mt5_ticket, symbol,"
            + " direction, lot_size, entry_time, exit_time, profit_dollars, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (plugin_id, mt5_ticket) DO UPDATE SET plugin_type = excluded.plugin_type,"
            + " symbol = excluded.symbol, direction = excluded.direction, lot_size = excluded.lot_size,"
            + " entry_time = excluded.entry_time, exit_time = excluded.exit_time,"
            + " profit_dollars = excluded.profit_dollars, status = excluded.status";

    private RawSyncCopy() {
    }

    /** Copies every plugin's trades from {@code pluginDir} into {@code central}; returns the rows written. */
    static long copy(Path pluginDir, Path central) throws SQLException {
        long written = 0;
        try (Connection target = SqliteConnections.dataSource(central,
                        SingleInsertBench.bestRaw(SqliteSettings.durable())).getConnection();
                PreparedStatement upsert = target.prepareStatement(UPSERT)) {
            for (Plugin p : PLUGINS) {
                try (Connection source = SqliteConnections.openForReading(p.file().in(pluginDir), SqliteSettings.durable());
                        Statement st = source.createStatement();
                        ResultSet rs = st.executeQuery(p.select())) {
                    target.setAutoCommit(false);
                    int pending = 0;
                    while (rs.next()) {
                        long ticket = rs.getLong(2);
                        if (rs.wasNull()) {
                            continue;
                        }
                        upsert.setString(1, p.id());
                        upsert.setString(2, p.type());
                        upsert.setLong(3, ticket);
                        upsert.setString(4, rs.getString(3));
                        upsert.setString(5, rs.getString(4));
                        setLots(upsert, rs);
                        upsert.setString(7, rs.getString(7));
                        upsert.setString(8, rs.getString(8));
                        double profit = rs.getDouble(9);
                        if (rs.wasNull()) {
                            upsert.setNull(9, Types.REAL);
                        } else {
                            upsert.setDouble(9, profit);
                        }
                        String status = rs.getString(10);
                        upsert.setString(10, p.singleOrder() && status != null && !status.equals("CLOSED") ? "OPEN" : status);
                        upsert.addBatch();
                        written++;
                        if (++pending == BATCH) {
                            upsert.executeBatch();
                            pending = 0;
                        }
                    }
                    if (pending > 0) {
                        upsert.executeBatch();
                    }
                    target.commit();
                    target.setAutoCommit(true);
                }
            }
        }
        return written;
    }

    /** Both orders' lots added up; null only when neither is known (the store's rule). */
    private static void setLots(PreparedStatement upsert, ResultSet rs) throws SQLException {
        double a = rs.getDouble(5);
        boolean noA = rs.wasNull();
        double b = rs.getDouble(6);
        boolean noB = rs.wasNull();
        if (noA && noB) {
            upsert.setNull(6, Types.REAL);
        } else {
            upsert.setDouble(6, (noA ? 0 : a) + (noB ? 0 : b));
        }
    }

    /** A copy of {@code central} to copy into: the same tables and pragmas, without the rollup's triggers. */
    static Path target(Path central, Path copy) throws SQLException {
        try (Connection c = SqliteConnections.openForWriting(central, SqliteSettings.durable());
                Statement st = c.createStatement()) {
            st.execute("VACUUM INTO '" + copy.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        try (Connection c = SqliteConnections.openForWriting(copy, SqliteSettings.durable());
                Statement st = c.createStatement()) {
            for (String trigger : List.of("aggregated_daily_totals_on_insert", "aggregated_daily_totals_on_update",
                    "aggregated_daily_totals_on_delete")) {
                st.execute("DROP TRIGGER IF EXISTS " + trigger);
            }
        }
        return copy;
    }

    static void empty(Path central) throws SQLException {
        try (Connection c = SqliteConnections.openForWriting(central, SqliteSettings.durable());
                Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM aggregated_trades");
        }
    }
}
