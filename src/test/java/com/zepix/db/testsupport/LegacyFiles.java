package com.zepix.db.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Legacy {@code trading_bot.db} files as the earlier bot wrote them at different ages, for the
 * import tests and (through {@link #main}) for timing the import on a large generated file.
 *
 * <p>Ages: {@link Age#BEFORE_DUAL_ORDERS} has the 17 columns of the first bot (no order_type);
 * {@link Age#DUAL_ORDERS} adds order_type and the profit chain (20 columns); {@link Age#SESSIONS}
 * is that file after the bot's {@code ALTER TABLE ... ADD COLUMN} migration added session_id,
 * commission, swap and comment at the end; {@link Age#FULL} is schema-spec.md's 33 columns.
 */
public final class LegacyFiles {

    public enum Age { BEFORE_DUAL_ORDERS, DUAL_ORDERS, SESSIONS, FULL }

    private static final String FIRST = "id INTEGER PRIMARY KEY, trade_id TEXT, symbol TEXT, entry_price REAL,"
            + " exit_price REAL, sl_price REAL, tp_price REAL, lot_size REAL, direction TEXT, strategy TEXT, pnl REAL,"
            + " status TEXT, open_time DATETIME, close_time DATETIME, chain_id TEXT, chain_level INTEGER,"
            + " is_re_entry BOOLEAN";
    private static final String DUAL = ", order_type TEXT, profit_chain_id TEXT, profit_level INTEGER DEFAULT 0";
    private static final String FULL = "id INTEGER PRIMARY KEY, trade_id TEXT, symbol TEXT, entry_price REAL,"
            + " exit_price REAL, sl_price REAL, tp_price REAL, lot_size REAL, direction TEXT, strategy TEXT,"
            + " pnl REAL, commission REAL, swap REAL, comment TEXT, status TEXT, open_time DATETIME,"
            + " close_time DATETIME, chain_id TEXT, chain_level INTEGER, is_re_entry BOOLEAN, order_type TEXT,"
            + " profit_chain_id TEXT, profit_level INTEGER DEFAULT 0, session_id TEXT, sl_adjusted INTEGER DEFAULT 0,"
            + " original_sl_distance REAL DEFAULT 0.0, logic_type TEXT, base_lot_size REAL DEFAULT 0.0,"
            + " final_lot_size REAL DEFAULT 0.0, base_sl_pips REAL DEFAULT 0.0, final_sl_pips REAL DEFAULT 0.0,"
            + " lot_multiplier REAL DEFAULT 1.0, sl_multiplier REAL DEFAULT 1.0";

    private LegacyFiles() {
    }

    /** An empty legacy file of that age, in the journal mode given ("delete" as Python leaves it, or "wal"). */
    public static Path create(Path file, Age age, String journalMode) {
        try (Connection c = connect(file); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=" + journalMode);
            switch (age) {
                case BEFORE_DUAL_ORDERS -> st.execute("CREATE TABLE trades (" + FIRST + ")");
                case DUAL_ORDERS -> st.execute("CREATE TABLE trades (" + FIRST + DUAL + ")");
                case SESSIONS -> {
                    st.execute("CREATE TABLE trades (" + FIRST + DUAL + ")");
                    for (String col : List.of("session_id TEXT", "commission REAL", "swap REAL", "comment TEXT")) {
                        st.execute("ALTER TABLE trades ADD COLUMN " + col);
                    }
                }
                case FULL -> st.execute("CREATE TABLE trades (" + FULL + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    /** One row per map, columns as given (values as they are: text, numbers, nulls, or junk). */
    @SafeVarargs
    public static void insert(Path file, Map<String, Object>... rows) {
        try (Connection c = connect(file)) {
            c.setAutoCommit(false);
            for (Map<String, Object> row : rows) {
                List<String> columns = new ArrayList<>(row.keySet());
                String sql = "INSERT INTO trades (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < columns.size(); i++) {
                        ps.setObject(i + 1, row.get(columns.get(i)));
                    }
                    ps.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A row builder with the columns every age has; add more with {@code with}. */
    public static Map<String, Object> row(long id, Object ticket, String symbol, Object direction, Object entry,
            Object status, Object openTime) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("trade_id", ticket);
        row.put("symbol", symbol);
        row.put("direction", direction);
        row.put("entry_price", entry);
        row.put("lot_size", 0.1);
        row.put("status", status);
        row.put("open_time", openTime);
        return row;
    }

    public static Map<String, Object> with(Map<String, Object> row, Object... columnsAndValues) {
        Map<String, Object> copy = new LinkedHashMap<>(row);
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            copy.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return copy;
    }

    /**
     * A full-age file with {@code rows} rows in the bot's patterns: mostly dual entries (Order A
     * and B a few milliseconds apart, one chain_id and session), re-entries at higher chain levels,
     * profit-booking Order Bs, orders whose partner failed, untyped single orders, an order saved
     * again when it closed, and one row in a thousand with a value no trade can have. Days run back
     * from 2025-06-30 at about 200 rows a day.
     *
     * @return what it wrote: pairs, singles, re-saves and bad rows
     */
    public static Generated generate(Path file, int rows, long seed) {
        create(file, Age.FULL, "delete");
        Random random = new Random(seed);
        String[] symbols = {"EURUSD", "GBPUSD", "XAUUSD", "USDJPY", "AUDUSD"};
        String[] logic = {"LOGIC1", "LOGIC2", "LOGIC3"};
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");
        DateTimeFormatter str = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
        LocalDateTime start = LocalDateTime.of(2025, 6, 30, 12, 0).minusSeconds(rows * 290L);
        int pairs = 0;
        int singles = 0;
        int resaves = 0;
        int bad = 0;
        String insert = "INSERT INTO trades (trade_id, symbol, entry_price, exit_price, sl_price, tp_price, lot_size,"
                + " direction, strategy, pnl, status, open_time, close_time, chain_id, chain_level, is_re_entry,"
                + " order_type, profit_chain_id, profit_level, session_id, logic_type) VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = connect(file); PreparedStatement ps = c.prepareStatement(insert)) {
            c.setAutoCommit(false);
            long ticket = 70_000_000L;
            int written = 0;
            LocalDateTime t = start;
            while (written < rows) {
                t = t.plusSeconds(200 + random.nextInt(600));
                String symbol = symbols[random.nextInt(symbols.length)];
                boolean buy = random.nextBoolean();
                String direction = random.nextInt(10) == 0 ? (buy ? "BUY" : "Sell") : (buy ? "buy" : "sell");
                double price = symbol.equals("XAUUSD") ? 2300 + random.nextInt(100) : symbol.equals("USDJPY") ? 150.5 : 1.1;
                String route = random.nextInt(20) == 0 ? null : logic[random.nextInt(3)];
                String chain = UUID.nameUUIDFromBytes(("c" + written).getBytes()).toString();
                String session = "S" + (written / 40);
                boolean closed = t.isBefore(LocalDateTime.of(2025, 6, 29, 0, 0)) || random.nextBoolean();
                DateTimeFormatter form = random.nextBoolean() ? iso : str;
                int kind = random.nextInt(100);
                if (kind < 80 && written + 2 <= rows) {
                    int level = random.nextInt(10) == 0 ? 2 : 1;
                    add(ps, ++ticket, symbol, price, closed, direction, route, t.format(form), t.plusMinutes(30).format(form),
                            chain, level, "TP_TRAIL", null, 0, session, random);
                    add(ps, ++ticket, symbol, price, closed, direction, route, t.plusNanos(1_500_000).format(form),
                            t.plusMinutes(20).format(form), chain, level, "PROFIT_TRAIL", "P" + written, 0, session, random);
                    written += 2;
                    pairs++;
                } else if (kind < 88) {
                    add(ps, ++ticket, symbol, price, closed, direction, route, t.format(form), t.plusMinutes(9).format(form),
                            null, null, "PROFIT_TRAIL", "P" + (written - 1), 1 + random.nextInt(3), session, random);
                    written++;
                    singles++;
                } else if (kind < 94) {
                    add(ps, ++ticket, symbol, price, closed, direction, route, t.format(form), t.plusMinutes(9).format(form),
                            chain, 1, random.nextBoolean() ? "TP_TRAIL" : null, null, 0, session, random);
                    written++;
                    singles++;
                } else if (kind < 99 && written + 2 <= rows) {
                    // saved when opened, then again when closed: one order, two rows
                    ++ticket;
                    add(ps, ticket, symbol, price, false, direction, route, t.format(form), null, chain, 1, "TP_TRAIL", null,
                            0, session, random);
                    add(ps, ticket, symbol, price, true, direction, route, t.format(form), t.plusMinutes(5).format(form),
                            chain, 1, "TP_TRAIL", null, 0, session, random);
                    written += 2;
                    singles++;
                    resaves++;
                } else {
                    boolean badDirection = random.nextBoolean();
                    add(ps, ++ticket, symbol, price, closed, badDirection ? "long" : direction, route,
                            badDirection ? t.format(form) : "2025-02-30 10:00:00", null, chain, 1, "TP_TRAIL", null, 0,
                            session, random);
                    written++;
                    bad++;
                }
                if (written % 10_000 < 2) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Generated(rows, pairs, singles, resaves, bad);
    }

    /** What {@link #generate} wrote. */
    public record Generated(int rows, int pairs, int singles, int resaves, int badRows) {
    }

    private static void add(PreparedStatement ps, long ticket, String symbol, double price, boolean closed,
            String direction, String route, String open, String close, String chain, Integer level, String orderType,
            String profitChain, int profitLevel, String session, Random random) throws SQLException {
        double pnl = Math.round((random.nextDouble() * 40 - 15) * 100) / 100.0;
        ps.setString(1, String.valueOf(ticket));
        ps.setString(2, symbol);
        ps.setDouble(3, price);
        ps.setObject(4, closed ? price * 1.001 : null);
        ps.setDouble(5, price * 0.99);
        ps.setDouble(6, price * 1.02);
        ps.setDouble(7, 0.05 * (1 + random.nextInt(4)));
        ps.setString(8, direction);
        ps.setString(9, route == null ? "manual" : route);
        ps.setObject(10, closed ? pnl : null);
        ps.setString(11, closed ? (random.nextInt(10) == 0 ? "CLOSED" : "closed") : "open");
        ps.setString(12, open);
        ps.setString(13, closed ? close : null);
        ps.setString(14, chain);
        ps.setObject(15, level);
        ps.setBoolean(16, level != null && level > 1);
        ps.setString(17, orderType);
        ps.setString(18, profitChain);
        ps.setInt(19, profitLevel);
        ps.setString(20, session);
        ps.setString(21, route);
        ps.addBatch();
    }

    private static Connection connect(Path file) throws SQLException {
        SQLiteDataSource ds = new SQLiteDataSource(new SQLiteConfig());
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds.getConnection();
    }

    /** {@code LegacyFiles FILE ROWS [SEED]}: writes a generated legacy file, for timing the import by hand. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        if (Files.exists(file)) {
            throw new IllegalArgumentException(file + " exists already");
        }
        Generated g = generate(file, Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 18L);
        System.out.println("wrote " + file + ": " + g);
    }
}
