package com.zepix.db.ops.files;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.ops.sqlite.ReadOnlyDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a data folder that operations must never write into or read back as a backup: the
 * three databases, the legacy database, and their journal files. Paths are compared after
 * resolving symbolic links and {@code ..}, so a path cannot dodge the rule by spelling.
 */
public final class LivePaths {

    public static final List<String> JOURNAL_SUFFIXES = List.of("-wal", "-shm", "-journal");

    /** The pre-V5 bot's database, which this project only ever reads. */
    public static final String LEGACY_FILE_NAME = "trading_bot.db";

    private LivePaths() {
    }

    public static List<Path> of(Path dataDir) {
        List<Path> files = new ArrayList<>();
        for (DatabaseFile db : DatabaseFile.values()) {
            addWithJournals(files, db.in(dataDir));
        }
        addWithJournals(files, dataDir.resolve(LEGACY_FILE_NAME));
        return files;
    }

    /** Refuses a folder to write backups into that is, or is inside, a live file's name. */
    public static void refuseBackupTarget(Path target, Path dataDir) {
        Path canonicalTarget = canonical(target);
        for (Path live : of(dataDir)) {
            if (canonicalTarget.startsWith(canonical(live))) {
                throw new BadPathException("--to " + target + " is " + (canonicalTarget.equals(canonical(live)) ? "" : "inside ")
                        + "the live database file " + live + "; give a folder of its own for backups");
            }
        }
    }

    /** Refuses to restore from a live file: it would replace a database with itself, or with a journal. */
    public static void refuseRestoreSource(Path source, Path dataDir) {
        Path canonicalSource = canonical(source);
        for (Path live : of(dataDir)) {
            if (canonicalSource.equals(canonical(live))) {
                throw new BadPathException(source + " is the live database file " + live
                        + "; restore from a backup instead");
            }
        }
    }

    /** The real path, for the part of it that exists; the rest is appended as written, normalised. */
    public static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }

    private static void addWithJournals(List<Path> files, Path database) {
        files.add(database);
        JOURNAL_SUFFIXES.forEach(suffix -> files.add(ReadOnlyDatabase.sibling(database, suffix)));
    }
}
