package com.zepix.db.ops.sqlite;

import com.zepix.db.ops.ProgressListener;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * Consistent copies of a database, and making them durable.
 *
 * <p>{@code VACUUM INTO} reads the source inside one read transaction, so the copy is a snapshot
 * even while another connection writes (in WAL mode the writer is not even blocked); it never
 * restarts, unlike the page-by-page backup API, which starts over whenever the source changes
 * between steps and may never finish under a steady writer. A plain file copy of a live WAL
 * database would miss the commits still in its {@code -wal}, or tear pages mid-checkpoint.
 */
public final class SqliteCopy {

    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final long PROGRESS_INTERVAL_MILLIS = 200;

    private SqliteCopy() {
    }

    /**
     * Copies the database behind {@code source} into {@code target}, an empty file made by
     * {@link #createOwnerOnly}: SQLite writes into an empty file and keeps its permissions.
     */
    public static void vacuumInto(Connection source, Path target, ProgressListener listener, String label) throws SQLException {
        long total = listener == null ? 0 : bytesInUse(source);
        Thread watcher = listener == null ? null : watch(target, total, listener, label);
        try (Statement st = source.createStatement()) {
            st.execute("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
            if (watcher != null) {
                stop(watcher);
                // The watcher samples every 200 ms: a copy that ends between two samples (a 41 MB file
                // takes less than that) would otherwise be left showing its first sample, 0%.
                listener.progress(label, total, total);
            }
        } finally {
            if (watcher != null) {
                stop(watcher);
                listener.finished(label);
            }
        }
    }

    /** An empty file only its owner can read, so the data copied into it is never readable by others, not even for a moment. */
    public static void createOwnerOnly(Path file) throws IOException {
        FileAttribute<?>[] attributes = supportsPosix(file)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Files.createFile(file, attributes);
    }

    /** Flushes a file's bytes to the disk, so a rename that follows never exposes a half-written file after power loss. */
    public static void fsync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** Makes a rename in {@code dir} durable. Not every platform lets a folder be opened; there it is skipped. */
    public static void fsyncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Best effort: the rename itself was atomic; only its durability on power loss is at stake.
        }
    }

    public static boolean supportsPosix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static long bytesInUse(Connection c) throws SQLException {
        long pageSize = Long.parseLong(SqliteChecks.strings(c, "PRAGMA page_size").get(0));
        long pages = Long.parseLong(SqliteChecks.strings(c, "PRAGMA page_count").get(0));
        long free = Long.parseLong(SqliteChecks.strings(c, "PRAGMA freelist_count").get(0));
        return (pages - free) * pageSize;
    }

    private static void stop(Thread watcher) {
        watcher.interrupt();
        try {
            watcher.join(PROGRESS_INTERVAL_MILLIS * 5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** VACUUM INTO reports nothing while it runs; the growing target file shows how far it is. */
    private static Thread watch(Path target, long total, ProgressListener listener, String label) {
        Thread watcher = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    listener.progress(label, Math.min(Files.size(target), total), total);
                    Thread.sleep(PROGRESS_INTERVAL_MILLIS);
                }
            } catch (IOException | InterruptedException e) {
                // Done, or the file went away with a failed copy: either way there is nothing left to show.
            }
        }, "backup-progress");
        watcher.setDaemon(true);
        watcher.start();
        return watcher;
    }
}
