package com.zepix.db.ops.backup;

import com.zepix.db.core.DatabaseFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * @param restored the live file now holding the backup's data
 * @param kept the replaced live file and its journal files, under their new names (empty when there was none)
 * @param schemaVersion the restored database's schema version
 * @param latestVersion this version's latest schema version
 * @param removedReplaced older replaced copies (and their journal files) deleted because of {@code --keep-replaced}
 */
public record RestoreReport(DatabaseFile database, Path source, Path restored, List<Path> kept, String schemaVersion,
        String latestVersion, List<Path> removedReplaced) {

    public boolean needsUpgrade() {
        return !Objects.equals(schemaVersion, latestVersion);
    }
}
