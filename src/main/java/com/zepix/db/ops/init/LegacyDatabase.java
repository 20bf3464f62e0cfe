package com.zepix.db.ops.init;

import com.zepix.db.core.SchemaMigrations;
import com.zepix.db.core.ZepixDbException;
import com.zepix.db.ops.files.LivePaths;
import com.zepix.db.ops.sqlite.ReadOnlyDatabase;
import com.zepix.db.ops.sqlite.SqliteChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The pre-V5 {@code trading_bot.db}: never written, moved or deleted by this project, only looked
 * at through {@link ReadOnlyDatabase}. Older copies lack later columns, so nothing here assumes any.
 */
public final class LegacyDatabase {

    public static final String FILE_NAME = LivePaths.LEGACY_FILE_NAME;
    static final String TRADES_TABLE = "trades";

    private LegacyDatabase() {
    }

    public static Path in(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    public static LegacyReport inspect(Path dataDir) {
        Path file = in(dataDir);
        if (!Files.exists(file)) {
            return LegacyReport.absent(file);
        }
        try (Connection c = ReadOnlyDatabase.open(file)) {
            List<String> tables = SqliteChecks.tables(c).stream().filter(SchemaMigrations::isDomainTable).toList();
            Long trades = tables.contains(TRADES_TABLE) ? SqliteChecks.count(c, TRADES_TABLE) : null;
            return new LegacyReport(file, true, tables, trades, null);
        } catch (SQLException e) {
            return LegacyReport.unreadable(file, SqliteChecks.firstLine(e));
        } catch (ZepixDbException e) {
            return LegacyReport.unreadable(file, e.getMessage());
        }
    }
}
