package com.zepix.db.ops.backup;

import com.zepix.db.core.DatabaseFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The hidden files a restore works with in the data folder: the checked copy of the backup
 * ({@code .<database>.restore-*.tmp}) and the copy of the live content on its way to the replaced
 * name ({@code .<database>.replaced-*.tmp}). A restore that finishes removes them; one that was
 * killed leaves them, for the next restore to remove and for {@code verify} to explain.
 */
public final class RestoreLeftovers {

    private static final String RESTORE = ".restore-";
    private static final String REPLACED = ".replaced-";
    private static final String SUFFIX = ".tmp";

    private RestoreLeftovers() {
    }

    /** An empty, owner-only file that VACUUM INTO can write the checked copy of the backup into. */
    public static Path newRestoreCopy(Path dataDir, DatabaseFile db) throws IOException {
        return Files.createTempFile(dataDir, "." + BackupNames.stem(db) + RESTORE, SUFFIX);
    }

    public static Path newReplacedCopy(Path dataDir, DatabaseFile db) throws IOException {
        return Files.createTempFile(dataDir, "." + BackupNames.stem(db) + REPLACED, SUFFIX);
    }

    public static boolean isLeftover(DatabaseFile db, Path file) {
        String name = file.getFileName().toString();
        String stem = "." + BackupNames.stem(db);
        return name.endsWith(SUFFIX) && (name.startsWith(stem + RESTORE) || name.startsWith(stem + REPLACED));
    }

    /** The checked copies of a backup that a killed restore left, newest name last. */
    public static List<Path> restoreCopies(Path dataDir, DatabaseFile db) {
        return list(dataDir, "." + BackupNames.stem(db) + RESTORE);
    }

    public static List<Path> all(Path dataDir, DatabaseFile db) {
        return list(dataDir, "." + BackupNames.stem(db) + ".re").stream().filter(f -> isLeftover(db, f)).toList();
    }

    /** The files a restore kept under the replaced name, oldest first. */
    public static List<Path> replacedFiles(Path dataDir, DatabaseFile db) {
        String prefix = BackupNames.stem(db) + "_replaced_";
        if (!Files.isDirectory(dataDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(".db")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<Path> list(Path dataDir, String prefix) {
        if (!Files.isDirectory(dataDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
