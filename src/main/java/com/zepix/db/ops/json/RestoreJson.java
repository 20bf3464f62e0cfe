package com.zepix.db.ops.json;

import com.zepix.db.ops.backup.RestoreReport;
import java.nio.file.Path;
import java.util.List;

/** {@code restore --json}: what was restored where, what was kept, and what --keep-replaced removed. */
public record RestoreJson(int formatVersion, String command, String database, String source, String restored,
        List<String> kept, String schemaVersion, String latestVersion, boolean needsUpgrade,
        List<String> removedReplaced) {

    public static final int FORMAT_VERSION = 1;

    public static RestoreJson of(RestoreReport r) {
        return new RestoreJson(FORMAT_VERSION, "restore", r.database().schemaFolder(), r.source().toString(),
                r.restored().toString(), strings(r.kept()), r.schemaVersion(), r.latestVersion(), r.needsUpgrade(),
                strings(r.removedReplaced()));
    }

    private static List<String> strings(List<Path> paths) {
        return paths.stream().map(Path::toString).toList();
    }
}
