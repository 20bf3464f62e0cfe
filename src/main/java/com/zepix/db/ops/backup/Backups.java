package com.zepix.db.ops.backup;

import com.zepix.db.core.DatabaseFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The backups that {@code backup} wrote into a folder, known by their names; read only. */
public final class Backups {

    /** A backup file and the UTC instant its name says it was taken. */
    public record BackupFile(Path file, Instant takenAt) {
    }

    private Backups() {
    }

    /** The newest backup of the database in {@code dir}; empty when there is none, or no such folder. */
    public static Optional<BackupFile> newest(Path dir, DatabaseFile db) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        Pattern pattern = BackupNames.backupPattern(db);
        String prefix = BackupNames.stem(db) + "_";
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> pattern.matcher(p.getFileName().toString()).matches())
                    .max(Comparator.comparing((Path p) -> p.getFileName().toString()))
                    .map(p -> {
                        String name = p.getFileName().toString();
                        return new BackupFile(p, BackupNames.parseStamp(name.substring(prefix.length(), name.length() - ".db".length())));
                    });
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
