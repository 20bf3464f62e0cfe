package com.zepix.db.ops.backup;

import com.zepix.db.core.DatabaseFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@code verify} tells an operator about a restore that was killed: where the data is and what
 * to run. It never advises {@code init} while a copy of the data sits beside a missing database,
 * since init would put an empty database in its place.
 */
public final class InterruptedRestore {

    private InterruptedRestore() {
    }

    public static String adviceForMissing(Path dataDir, DatabaseFile db, Path live) {
        List<Path> copies = RestoreLeftovers.restoreCopies(dataDir, db);
        List<Path> replaced = RestoreLeftovers.replacedFiles(dataDir, db);
        String keptNote = replaced.isEmpty() ? "" : " (the file it replaced is kept as " + last(replaced) + ")";
        if (!copies.isEmpty()) {
            return "is missing: a restore was interrupted before it put the backup in place" + keptNote
                    + "; the backup's checked copy is " + last(copies) + ": run the restore again"
                    + " (zepix-db restore BACKUP), or rename that copy to " + live
                    + "; do not run init, which would put an empty database in its place";
        }
        if (!replaced.isEmpty()) {
            return "is missing; a restore kept the previous file as " + last(replaced) + ": rename it back to " + live
                    + " or restore a backup (zepix-db restore BACKUP); do not run init, which would put an empty"
                    + " database in its place";
        }
        return "is missing (run init to create it)";
    }

    /** A restore killed while the database was in place leaves it complete, old or new; the operator should know which to expect. */
    public static Optional<String> adviceForPresent(Path dataDir, DatabaseFile db) {
        List<Path> leftovers = RestoreLeftovers.all(dataDir, db);
        if (leftovers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("a restore was interrupted (it left " + leftovers.stream().map(p -> p.getFileName().toString())
                .collect(Collectors.joining(", ")) + "): this file holds either its content from before that restore"
                + " or the backup's, each complete; run the restore again to be sure of the backup's content"
                + " (it also removes those files)");
    }

    private static Path last(List<Path> files) {
        return files.get(files.size() - 1);
    }
}
