package com.zepix.db.ops.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The data folder is its owner's alone (0700) and so is every database file and copy (0600),
 * whatever the umask: trade history is nobody else's business. SQLite gives a database's -wal,
 * -shm and -journal the database file's own mode, so a database made 0600 keeps its journals 0600.
 * On a file system without POSIX permissions nothing is changed.
 */
public final class OwnerOnly {

    private static final List<String> JOURNAL_SUFFIXES = List.of("-wal", "-shm", "-journal");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Creates the folder (and missing parents) 0700, or tightens an existing one; returns what it changed. */
    public static Optional<String> folder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            Files.createDirectories(dir, attributes(dir, FOLDER));
            return Optional.empty();
        }
        return tighten(dir, FOLDER);
    }

    /** An empty file made 0600 from the start (SQLite takes an empty file as a new database). */
    public static void createFile(Path file) throws IOException {
        Files.createFile(file, attributes(file, FILE));
    }

    /** Tightens a database and its journals to 0600 where they are looser; returns what it changed. */
    public static List<String> databaseWithJournals(Path db) throws IOException {
        List<String> changed = new ArrayList<>();
        tighten(db, FILE).ifPresent(changed::add);
        for (String suffix : JOURNAL_SUFFIXES) {
            Path journal = ReadOnlyDatabase.sibling(db, suffix);
            if (Files.exists(journal)) {
                tighten(journal, FILE).ifPresent(changed::add);
            }
        }
        return changed;
    }

    private static Optional<String> tighten(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (!SqliteCopy.supportsPosix(path) || !Files.exists(path)) {
            return Optional.empty();
        }
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(path);
        if (now.equals(wanted)) {
            return Optional.empty();
        }
        Files.setPosixFilePermissions(path, wanted);
        return Optional.of(path + ": " + PosixFilePermissions.toString(now) + " -> " + PosixFilePermissions.toString(wanted));
    }

    private static FileAttribute<?>[] attributes(Path path, Set<PosixFilePermission> permissions) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }
}
