package com.zepix.db.ops.backup;

import com.zepix.db.core.DatabaseFile;
import java.nio.file.Path;
import java.util.List;

/**
 * @param backup the file written (null when the backup failed)
 * @param problem why it failed, or null
 * @param badRows rows of the copy, and so of the source, that break a CHECK, NOT NULL or FOREIGN KEY
 *     constraint, one line each (the first {@link com.zepix.db.ops.checks.RowConstraintCheck#DESCRIBED}, then a line
 *     counting the rest); the copy is kept all the same, being what the source holds
 * @param badRowCount how many such rows there are in all
 */
public record BackupResult(DatabaseFile database, Path source, Path backup, long bytes, String problem,
        List<String> badRows, long badRowCount) {

    public BackupResult {
        badRows = List.copyOf(badRows);
    }

    static BackupResult failed(DatabaseFile database, Path source, String problem) {
        return new BackupResult(database, source, null, 0, problem, List.of(), 0);
    }

    /** Written, intact, and every row within its constraints. */
    public boolean clean() {
        return succeeded() && badRows.isEmpty();
    }

    public boolean succeeded() {
        return problem == null;
    }
}
