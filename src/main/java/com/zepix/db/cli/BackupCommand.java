package com.zepix.db.cli;

import com.zepix.db.ops.backup.BackupOperation;
import com.zepix.db.ops.backup.BackupReport;
import com.zepix.db.ops.backup.BackupResult;
import com.zepix.db.ops.json.BackupJson;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "backup",
        description = "Writes consistent online copies of the three databases, safe while the bot is writing, named "
            + "<database>_<yyyyMMdd_HHmmss>.db (UTC), each checked with integrity_check, readable by the owner "
            + "only.")
final class BackupCommand extends OpsCommand {

    @Option(names = "--to", paramLabel = "DIR", description = "Folder for the backups (default: <data-dir>/backups).")
    Path to;

    @Option(names = "--keep", paramLabel = "N", description = "Then delete all but the newest N backups of each database.")
    Integer keep;

    @Mixin
    CentralOptions centralOptions;

    @Override
    protected int execute() {
        if (refusedForServer(central(centralOptions), "back it up with pg_dump", "back up")) {
            return Main.PROBLEMS;
        }
        if (keep != null && keep < 1) {
            throw new ParameterException(spec.commandLine(), "--keep must be at least 1, not " + keep);
        }
        BackupReport report = new BackupOperation(dataDir(), to == null ? null : to.normalize(), keep, main.clock(),
                progress()).run();
        if (json()) {
            printJson(BackupJson.of(report));
            return report.succeeded() ? Main.OK : Main.PROBLEMS;
        }
        for (BackupResult backup : report.backups()) {
            if (backup.succeeded()) {
                out().println("Backed up " + backup.source() + " to " + backup.backup() + " (" + backup.bytes()
                        + " bytes, integrity_check ok" + (backup.badRows().isEmpty() ? ", every row within its constraints)"
                        : "; it holds " + backup.badRowCount() + (backup.badRowCount() == 1 ? " row that breaks" : " rows that break")
                                + " a constraint, as the source does)"));
                backup.badRows().forEach(row -> problem(backup.source() + ": " + row));
            } else {
                problem(backup.problem());
            }
        }
        report.pruned().forEach(p -> out().println("Removed older backup " + p));
        out().flush();
        return report.succeeded() ? Main.OK : Main.PROBLEMS;
    }
}
