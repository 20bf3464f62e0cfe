package com.zepix.db.testsupport;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.SchemaMigrations;
import com.zepix.db.core.SqliteConnections;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.ops.init.InitOperation;
import com.zepix.db.ops.sqlite.ReadOnlyDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/** Real data folders for the operations tests: initialised, damaged, legacy, and compared byte for byte. */
public final class OpsFixtures {

    private static Path template;

    private OpsFixtures() {
    }

    /**
     * {@code dir} holding the three databases as init makes them. Init runs once per test run into a
     * template that each test copies: the files are closed cleanly (no -wal), so a copy is exact.
     */
    public static synchronized Path initialisedDataDir(Path dir) {
        try {
            if (template == null) {
                template = Files.createTempDirectory("zepix-ops-template-");
                Path made = template;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(made)));
                new InitOperation(template).run();
            }
            Files.createDirectories(dir);
            for (DatabaseFile db : DatabaseFile.values()) {
                Files.copy(db.in(template), db.in(dir));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // The temp folder is the system's to clean then.
        }
    }

    /** The central database as version 1 of its migrations left it: behind this version. */
    public static Path centralAtVersion1(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SQLiteConfig config = SqliteSettings.durable().forWriting();
        config.setOpenMode(SQLiteOpenMode.CREATE);
        Flyway.configure()
                .configuration(SchemaMigrations.flyway(DatabaseFile.CENTRAL, SqliteConnections.dataSource(file, config))
                        .getConfiguration())
                .target("1")
                .load()
                .migrate();
        return file;
    }

    /** The names of the files and folders directly in {@code dir}. */
    public static List<String> fileNames(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A legacy {@code trading_bot.db} as the earlier bot wrote it: the 33-column {@code trades}
     * table of schema-spec.md, a few rows, in the journal mode given ("delete" as Python leaves it, or "wal").
     */
    public static Path legacyDatabase(Path dataDir, int rows, String journalMode) {
        Path file = dataDir.resolve("trading_bot.db");
        SQLiteDataSource ds = new SQLiteDataSource(new SQLiteConfig());
        ds.setUrl("jdbc:sqlite:" + file);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=" + journalMode);
            st.execute("CREATE TABLE trades (id INTEGER PRIMARY KEY, trade_id TEXT, symbol TEXT, entry_price REAL,"
                    + " exit_price REAL, sl_price REAL, tp_price REAL, lot_size REAL, direction TEXT, strategy TEXT,"
                    + " pnl REAL, commission REAL, swap REAL, comment TEXT, status TEXT, open_time DATETIME,"
                    + " close_time DATETIME, chain_id TEXT, chain_level INTEGER, is_re_entry BOOLEAN, order_type TEXT,"
                    + " profit_chain_id TEXT, profit_level INTEGER DEFAULT 0, session_id TEXT, sl_adjusted INTEGER DEFAULT 0,"
                    + " original_sl_distance REAL DEFAULT 0.0, logic_type TEXT, base_lot_size REAL, final_lot_size REAL,"
                    + " base_sl_pips REAL, final_sl_pips REAL, lot_multiplier REAL DEFAULT 1.0, sl_multiplier REAL DEFAULT 1.0)");
            for (int i = 1; i <= rows; i++) {
                st.execute("INSERT INTO trades (trade_id, symbol, entry_price, lot_size, direction, strategy, status,"
                        + " open_time, order_type, logic_type) VALUES ('" + (500000 + i) + "', 'EURUSD', 1.08" + i
                        + ", 0.1, 'buy', 'LOGIC1', 'closed', '2025-06-01 10:00:00', 'TP_TRAIL', 'LOGIC1')");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    /** A write connection with the project's settings (foreign keys on), as the bot's own would be; close it. */
    public static Connection writer(Path db) {
        try {
            return SqliteConnections.openForWriting(db, SqliteSettings.durable());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs statements through a write connection; closing it, the last one, checkpoints and removes the -wal. */
    /**
     * One trade in combined_v3 (entered at 09:00:00.5, in Python's isoformat) and one in each of the
     * 1m, 15m and 1h tables (10:00:00) on {@code day}, written as raw SQL the way the bot writes them.
     */
    public static void oneTradeInV3And1m15m1h(Path data, String day) {
        execute(DatabaseFile.V3.in(data), "INSERT INTO combined_v3_trades (order_a_ticket, symbol, direction, entry_price,"
                + " entry_time, signal_type, logic_route) VALUES (1, 'EURUSD', 'BUY', 1.08, '" + day + "T09:00:00.5', 'x',"
                + " 'LOGIC1')");
        for (String tf : List.of("1m", "15m", "1h")) {
            execute(DatabaseFile.V6.in(data), "INSERT INTO price_action_" + tf + "_trades ("
                    + (tf.equals("1m") ? "order_b_ticket" : "order_a_ticket") + ", symbol, direction, lot_size, entry_price,"
                    + " entry_time) VALUES (2, 'XAUUSD', 'SELL', 0.1, 2600, '" + day + " 10:00:00')");
        }
    }

    public static void execute(Path db, String... statements) {
        try (Connection c = SqliteConnections.openForWriting(db, SqliteSettings.durable()); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads without leaving a -wal or -shm behind, so the folder stays as the test made it. */
    public static long queryLong(Path db, String sql) {
        try (Connection c = ReadOnlyDatabase.open(db);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row, read as {@link #queryLong} reads. */
    public static List<String> strings(Path db, String sql) {
        try (Connection c = ReadOnlyDatabase.open(db);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            List<String> values = new java.util.ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Enough aggregated trades that the table spans several full leaf pages. */
    public static void fillCentral(Path central, int rows) {
        execute(central, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + rows + ")"
                + " INSERT INTO aggregated_trades (plugin_id, plugin_type, mt5_ticket, symbol, direction, lot_size,"
                + " entry_time, status) SELECT 'combined_v3', 'V3_COMBINED', 100000 + i, 'EURUSD', 'BUY', 0.1,"
                + " '2026-01-01 00:00:00', 'OPEN' FROM n");
    }

    /** Overwrites 64 bytes in the middle of a leaf page of {@code table}, as a failing disk would. */
    public static void damageTablePage(Path db, String table) {
        long page;
        long pageSize;
        try (Connection c = ReadOnlyDatabase.open(db); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT pageno FROM dbstat WHERE name = '" + table
                    + "' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1")) {
                if (!rs.next()) {
                    throw new IllegalStateException(table + " has no leaf page in " + db);
                }
                page = rs.getLong(1);
            }
            try (ResultSet rs = st.executeQuery("PRAGMA page_size")) {
                rs.next();
                pageSize = rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        byte[] junk = new byte[64];
        Arrays.fill(junk, (byte) 0xFF);
        try (FileChannel ch = FileChannel.open(db, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(junk), (page - 1) * pageSize + pageSize / 2 - junk.length / 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file and folder under {@code dir} with a digest of its bytes: equal snapshots mean nothing changed, appeared or vanished. */
    public static Map<String, String> snapshot(Path dir) {
        Map<String, String> entries = new TreeMap<>();
        if (!Files.exists(dir)) {
            return entries;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.toList()) {
                entries.put(dir.relativize(p).toString(), Files.isDirectory(p) ? "<dir>" : sha256(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
