package com.zepix.db.ops.json;

import com.zepix.db.ops.backup.BackupReport;
import com.zepix.db.ops.backup.BackupResult;
import java.nio.file.Path;
import java.util.List;

/** {@code backup --json}: each database's backup (or why it failed) and the older backups pruned. */
public record BackupJson(int formatVersion, String command, boolean succeeded, String targetDir, List<Backup> backups,
        List<String> pruned) {

    public static final int FORMAT_VERSION = 1;

    /**
     * @param backup null when it failed; {@code problem} says why
     * @param badRows rows of the copy (and so of the source) that break a constraint; the copy is kept
     * @param badRowProblems one line per such row, as {@code verify} prints it (the first 100, then a count)
     */
    public record Backup(String database, String source, String backup, long bytes, String problem, long badRows,
            List<String> badRowProblems) {
    }

    public static BackupJson of(BackupReport report) {
        return new BackupJson(FORMAT_VERSION, "backup", report.succeeded(), report.targetDir().toString(),
                report.backups().stream().map(BackupJson::backup).toList(),
                report.pruned().stream().map(Path::toString).toList());
    }

    private static Backup backup(BackupResult b) {
        return new Backup(b.database().schemaFolder(), b.source().toString(),
                b.backup() == null ? null : b.backup().toString(), b.bytes(), b.problem(), b.badRowCount(), b.badRows());
    }
}
