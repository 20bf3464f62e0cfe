package com.zepix.db.ops.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Whether any process (this one included) has a WAL database open, told from the kernel's lock
 * table without touching the files. Every SQLite connection in WAL mode holds a shared lock on byte
 * 128 of the {@code -shm} file (the "dead-man switch") for as long as it is open, so a {@code -shm}
 * with no lock on that byte was left by a process that ended without closing the database.
 *
 * <p>Probing with a lock of our own is not an option: a POSIX lock taken and released through a
 * second descriptor drops the locks SQLite holds in this process, and an exclusive probe makes a
 * connection opening at that moment fail. Linux lists every lock in {@code /proc/locks}; elsewhere
 * the answer is "unknown".
 */
public final class ShmLocks {

    /** SQLite's WALINDEX_LOCK_OFFSET (120) plus SQLITE_SHM_NLOCK (8). */
    private static final long DEAD_MAN_SWITCH = 128;
    private static final Path LOCK_TABLE = Path.of("/proc/locks");

    private ShmLocks() {
    }

    /** True when some process holds the {@code -shm}'s dead-man switch, false when none does, empty when unknown. */
    public static Optional<Boolean> isOpenByAnyProcess(Path shm) {
        if (!Files.isReadable(LOCK_TABLE)) {
            return Optional.empty();
        }
        try {
            long inode = ((Number) Files.getAttribute(shm, "unix:ino")).longValue();
            long dev = ((Number) Files.getAttribute(shm, "unix:dev")).longValue();
            String device = Long.toHexString(major(dev)) + ":" + Long.toHexString(minor(dev)) + ":" + inode;
            List<String> lines = Files.readAllLines(LOCK_TABLE);
            return Optional.of(lines.stream().anyMatch(line -> holdsDeadManSwitch(line, device)));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A line reads {@code 1: POSIX  ADVISORY  READ 13626 fe:00:2245252 128 128} (blocked waiters start with {@code ->}). */
    private static boolean holdsDeadManSwitch(String line, String device) {
        String[] f = line.trim().split("\\s+");
        if (f.length < 8 || f[1].equals("->")) {
            return false;
        }
        if (!sameDevice(f[5], device)) {
            return false;
        }
        long start = Long.parseLong(f[6]);
        return start <= DEAD_MAN_SWITCH && (f[7].equals("EOF") || Long.parseLong(f[7]) >= DEAD_MAN_SWITCH);
    }

    private static boolean sameDevice(String listed, String device) {
        String[] a = listed.split(":");
        String[] b = device.split(":");
        return a.length == 3 && Long.parseLong(a[0], 16) == Long.parseLong(b[0], 16)
                && Long.parseLong(a[1], 16) == Long.parseLong(b[1], 16) && a[2].equals(b[2]);
    }

    private static long major(long dev) {
        return ((dev >>> 8) & 0xfff) | ((dev >>> 32) & ~0xfffL);
    }

    private static long minor(long dev) {
        return (dev & 0xff) | ((dev >>> 12) & ~0xffL);
    }
}
