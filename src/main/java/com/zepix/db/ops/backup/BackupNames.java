package com.zepix.db.ops.backup;

import com.zepix.db.core.DatabaseFile;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Names of backups ({@code zepix_bot_20261126_101500.db}) and of live files a restore replaced
 * ({@code zepix_bot_replaced_20261126_101500.db}). Times are UTC, like every time this project
 * writes; the fixed-width stamp makes name order time order.
 */
public final class BackupNames {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC);

    private BackupNames() {
    }

    public static String stamp(Instant instant) {
        return STAMP.format(instant);
    }

    /** The instant a stamp names, e.g. from a backup's file name. */
    public static Instant parseStamp(String stamp) {
        return STAMP.parse(stamp, Instant::from);
    }

    public static String stem(DatabaseFile db) {
        String name = db.fileName();
        return name.substring(0, name.length() - ".db".length());
    }

    public static Path backup(Path targetDir, DatabaseFile db, String stamp) {
        return targetDir.resolve(stem(db) + "_" + stamp + ".db");
    }

    /** Matches this database's backups only; a replaced file's name never matches, so pruning spares it. */
    public static Pattern backupPattern(DatabaseFile db) {
        return Pattern.compile(Pattern.quote(stem(db)) + "_\\d{8}_\\d{6}\\.db");
    }

    /** Matches this database's replaced live files (not their -wal/-shm). */
    public static Pattern replacedPattern(DatabaseFile db) {
        return Pattern.compile(Pattern.quote(stem(db)) + "_replaced_\\d{8}_\\d{6}\\.db");
    }

    public static Path replaced(Path dataDir, DatabaseFile db, String stamp) {
        return dataDir.resolve(stem(db) + "_replaced_" + stamp + ".db");
    }
}
