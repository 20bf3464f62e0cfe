package com.zepix.db.ops;

import com.zepix.db.core.DatabaseFile;
import java.nio.file.Path;

/**
 * @param backup the file written (null when the backup failed)
 * @param problem why it failed, or null
 */
public record BackupResult(DatabaseFile database, Path source, Path backup, long bytes, String problem) {

    static BackupResult failed(DatabaseFile database, Path source, String problem) {
        return new BackupResult(database, source, null, 0, problem);
    }

    public boolean succeeded() {
        return problem == null;
    }
}
