package com.zepix.db.ops.legacy;

import com.zepix.db.core.ZepixDbException;
import com.zepix.db.ops.ProgressListener;
import com.zepix.db.ops.files.Folders;
import com.zepix.db.ops.sqlite.ReadOnlyDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the {@code trades} table of a legacy {@code trading_bot.db} without changing a byte of it
 * or of the files beside it.
 *
 * <p>A file with no {@code -wal}, {@code -shm} or {@code -journal} beside it is read through
 * {@link ReadOnlyDatabase}, which leaves nothing behind. A file with any of them (the old bot still
 * has it open, or did not close it cleanly) cannot be read that way: a read-only connection would
 * write to the {@code -shm}, or could not roll a hot journal back. Then the file and its
 * {@code -wal}/{@code -journal} are copied to a temporary folder and the copy is read: what the
 * WAL holds is read too, and the originals stay as they are.
 */
final class LegacyTradesFile {

    private static final Logger LOG = LoggerFactory.getLogger(LegacyTradesFile.class);

    static final String TABLE = "trades";

    /** The 33 columns of schema-spec.md, in its order; older files have only some of them. */
    static final List<String> KNOWN_COLUMNS = List.of("id", "trade_id", "symbol", "entry_price", "exit_price",
            "sl_price", "tp_price", "lot_size", "direction", "strategy", "pnl", "commission", "swap", "comment",
            "status", "open_time", "close_time", "chain_id", "chain_level", "is_re_entry", "order_type",
            "profit_chain_id", "profit_level", "session_id", "sl_adjusted", "original_sl_distance", "logic_type",
            "base_lot_size", "final_lot_size", "base_sl_pips", "final_sl_pips", "lot_multiplier", "sl_multiplier");

    /** Without these no trade can be made of a row: a file lacking one is refused whole. */
    static final List<String> REQUIRED_COLUMNS = List.of("id", "trade_id", "symbol", "entry_price", "direction",
            "status", "open_time");

    private static final List<String> JOURNAL_SUFFIXES = List.of("-wal", "-shm", "-journal");
    private static final int PROGRESS_STEP = 5_000;

    /**
     * @param rows how many rows were read (each handed to the reader's consumer, none kept)
     * @param missingColumns the known columns this file does not have (an older bot's file)
     */
    record Scan(long rows, List<String> missingColumns) {
    }

    private LegacyTradesFile() {
    }

    /**
     * Hands every row, in id order, to {@code each} as it is read: a row is kept only as long as
     * {@code each} keeps it (the import keeps the parsed order, not the row's values).
     */
    static Scan read(Path file, ProgressListener progress, Consumer<LegacyRow> each) {
        if (JOURNAL_SUFFIXES.stream().anyMatch(s -> Files.exists(sibling(file, s)))) {
            return readCopy(file, progress, each);
        }
        try (Connection c = ReadOnlyDatabase.open(file)) {
            return read(c, file, progress, each);
        } catch (SQLException e) {
            throw new ZepixDbException(file + " cannot be read: " + firstLine(e), e);
        }
    }

    private static Scan readCopy(Path file, ProgressListener progress, Consumer<LegacyRow> each) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("zepix-legacy-");
            Path copy = dir.resolve(file.getFileName());
            // -wal before the file: a checkpoint running meanwhile moves pages from the WAL into the
            // file, so this order can only see a page twice, never miss it.
            for (String suffix : List.of("-wal", "-journal")) {
                if (Files.exists(sibling(file, suffix))) {
                    Files.copy(sibling(file, suffix), sibling(copy, suffix));
                }
            }
            Files.copy(file, copy);
            org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
            ds.setUrl("jdbc:sqlite:" + copy.toAbsolutePath());
            try (Connection c = ds.getConnection()) {
                return read(c, file, progress, each);
            }
        } catch (IOException e) {
            throw new ZepixDbException(file + " cannot be copied to be read: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new ZepixDbException(file + " cannot be read: " + firstLine(e), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static Scan read(Connection c, Path file, ProgressListener progress, Consumer<LegacyRow> each)
            throws SQLException {
        Set<String> columns = columns(c);
        if (columns.isEmpty()) {
            throw new ZepixDbException(file + " has no " + TABLE + " table: it is not a legacy trading_bot.db");
        }
        List<String> lacking = REQUIRED_COLUMNS.stream().filter(col -> !columns.contains(col)).toList();
        if (!lacking.isEmpty()) {
            throw new ZepixDbException(file + ": its " + TABLE + " table has no " + String.join(", ", lacking)
                    + " column, so no trade can be made of its rows");
        }
        List<String> present = KNOWN_COLUMNS.stream().filter(columns::contains).toList();
        List<String> missing = KNOWN_COLUMNS.stream().filter(col -> !columns.contains(col)).toList();
        long total = count(c);
        long rows = 0;
        String select = "SELECT " + present.stream().map(LegacyTradesFile::quote).collect(Collectors.joining(", "))
                + " FROM " + TABLE + " ORDER BY id";
        try (PreparedStatement ps = c.prepareStatement(select); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Map<String, Object> values = new HashMap<>(present.size() * 2);
                for (int i = 0; i < present.size(); i++) {
                    values.put(present.get(i), rs.getObject(i + 1));
                }
                Object id = values.get("id");
                // INTEGER PRIMARY KEY: SQLite's rowid, never null, never anything but an integer
                each.accept(new LegacyRow(((Number) id).longValue(), values));
                rows++;
                if (progress != null && rows % PROGRESS_STEP == 0) {
                    progress.progress("reading legacy trades", rows, total);
                }
            }
        }
        if (progress != null) {
            progress.progress("reading legacy trades", rows, Math.max(total, rows));
            progress.finished("reading legacy trades");
        }
        return new Scan(rows, missing);
    }

    private static Set<String> columns(Connection c) throws SQLException {
        Set<String> columns = new LinkedHashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(" + TABLE + ")")) {
            while (rs.next()) {
                columns.add(rs.getString("name").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return columns;
    }

    private static long count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + TABLE)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String quote(String column) {
        return '"' + column + '"';
    }

    static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        return message.strip().lines().findFirst().orElse(message);
    }

    /** A copy left in the temp folder harms nothing; a failure to remove it must not hide the import's outcome. */
    private static void deleteQuietly(Path dir) {
        try {
            Folders.deleteTree(dir);
        } catch (UncheckedIOException e) {
            LOG.debug("left the temporary copy {}: {}", dir, e.getMessage());
        }
    }
}
