package com.zepix.db.ops.backup;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.SqliteConnections;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a backup that failed or was killed leaves in the backup folder: its hidden temporary copy
 * ({@code .<database>_backup-*.tmp}) and that copy's {@code -journal}; and, from versions that
 * wrote straight to the final name, a {@code <database>_<stamp>.db-journal} or a file at a backup's
 * name without a complete SQLite header. None of them is a backup; the next backup removes them,
 * and {@code --keep} never counts them.
 */
final class BackupLeftovers {

    private static final String SUFFIX = ".tmp";

    private BackupLeftovers() {
    }

    /** An empty, owner-only file in the backup folder for VACUUM INTO to write into. */
    static Path newTemp(Path targetDir, DatabaseFile db) throws IOException {
        return Files.createTempFile(targetDir, tempPrefix(db), SUFFIX);
    }

    private static String tempPrefix(DatabaseFile db) {
        return "." + BackupNames.stem(db) + "_backup-";
    }

    /** A file at a backup's name that SQLite can open: non-empty, with SQLite's header. */
    static boolean isComplete(Path backup) {
        try {
            return Files.isRegularFile(backup) && Files.size(backup) > 0 && SqliteConnections.isSqliteFile(backup);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static List<Path> removeAll(Path targetDir, DatabaseFile db) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(targetDir)) {
            return removed;
        }
        Pattern backup = BackupNames.backupPattern(db);
        String temp = tempPrefix(db);
        try (Stream<Path> files = Files.list(targetDir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                boolean leftover = name.startsWith(temp) && (name.endsWith(SUFFIX) || name.endsWith(SUFFIX + "-journal"))
                        || name.endsWith("-journal") && backup.matcher(name.substring(0, name.length() - "-journal".length())).matches()
                        || backup.matcher(name).matches() && !isComplete(f);
                if (leftover && Files.deleteIfExists(f)) {
                    removed.add(f);
                }
            }
        } catch (IOException e) {
            // what cannot be listed or removed now is tried again by the next backup; --keep still skips it
        }
        return removed;
    }

    static void deleteWithJournal(Path temp) {
        try {
            Files.deleteIfExists(temp);
            Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + "-journal"));
        } catch (IOException e) {
            // the next backup removes it
        }
    }
}
