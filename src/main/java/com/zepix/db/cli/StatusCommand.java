package com.zepix.db.cli;

import com.zepix.db.ops.backup.BackupOperation;
import com.zepix.db.ops.json.StatusJson;
import com.zepix.db.ops.status.StatusOperation;
import com.zepix.db.ops.status.StatusReport;
import com.zepix.db.ops.status.StatusText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "status",
        description = "One screen for the operator, strictly read-only (opened as verify opens them: nothing is "
            + "written, no -wal or -shm appears): per database its size, WAL size, schema version against this jar's "
            + "and last backup; per plugin its sync, open trades and today's entries, closes, profit and win rate; the "
            + "last ERROR and CRITICAL events. Exit code 1 when something needs attention, each listed with the "
            + "command that fixes it.")
final class StatusCommand extends OpsCommand {

    @Option(names = "--backup-dir", paramLabel = "DIR", description = "Where backups are looked for (default: <data-dir>/backups).")
    Path backupDir;

    @Option(names = "--max-sync-age", paramLabel = "MINUTES", defaultValue = "15",
            description = "An enabled plugin last synced longer ago needs attention (default: ${DEFAULT-VALUE}; sync "
                + "--watch runs every 5).")
    long maxSyncAgeMinutes;

    @Mixin
    CentralOptions centralOptions;

    @Override
    protected int execute() {
        if (maxSyncAgeMinutes < 1) {
            throw new ParameterException(spec.commandLine(), "--max-sync-age must be at least 1 minute, not " + maxSyncAgeMinutes);
        }
        if (backupDir != null && Files.exists(backupDir) && !Files.isDirectory(backupDir)) {
            // every database would then read "no backup", with a fix (backup --to it) that cannot work
            throw new ParameterException(spec.commandLine(), "--backup-dir " + backupDir + " is not a folder");
        }
        Path backups = backupDir == null ? BackupOperation.defaultTarget(dataDir()) : backupDir.normalize();
        StatusReport report = new StatusOperation(dataDir(), backups, main.clock(), Duration.ofMinutes(maxSyncAgeMinutes),
                central(centralOptions)).run();
        if (json()) {
            printJson(StatusJson.of(report));
        } else {
            out().print(StatusText.render(report));
            out().flush();
        }
        return report.needsAttention() ? Main.PROBLEMS : Main.OK;
    }
}
