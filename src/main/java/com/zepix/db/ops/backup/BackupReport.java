package com.zepix.db.ops.backup;

import java.nio.file.Path;
import java.util.List;

/** @param pruned older backups deleted because of {@code --keep} */
public record BackupReport(Path targetDir, List<BackupResult> backups, List<Path> pruned) {

    public boolean succeeded() {
        return backups.stream().allMatch(BackupResult::clean);
    }
}
