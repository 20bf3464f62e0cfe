package com.zepix.db.cli;

import com.zepix.db.ops.backup.RestoreOperation;
import com.zepix.db.ops.backup.RestoreRefusedException;
import com.zepix.db.ops.backup.RestoreReport;
import com.zepix.db.ops.json.RestoreJson;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "restore",
        description = "Puts a backup in place of the database it is a copy of (worked out from its tables). Refused "
            + "unless the backup passes integrity_check and its migrations are known to this version, or while "
            + "the bot has the database open. The replaced live file is kept, renamed with a timestamp.")
final class RestoreCommand extends OpsCommand {

    @Parameters(paramLabel = "FILE", description = "The backup to restore.")
    Path file;

    @Option(names = "--keep-replaced", paramLabel = "N",
            description = "Then keep only the newest N replaced copies of this database (the one just made included) "
                + "and delete the older ones.")
    Integer keepReplaced;

    @Mixin
    CentralOptions centralOptions;

    @Override
    protected int execute() {
        if (refusedForServer(central(centralOptions), "restore it with pg_restore", "restore")) {
            return Main.PROBLEMS;
        }
        if (keepReplaced != null && keepReplaced < 1) {
            throw new ParameterException(spec.commandLine(), "--keep-replaced must be at least 1, not " + keepReplaced);
        }
        RestoreReport report;
        try {
            report = new RestoreOperation(dataDir(), file, main.clock(), keepReplaced, progress()).run();
        } catch (RestoreRefusedException e) {
            if (e.details().isEmpty()) {
                throw e;
            }
            // the refusal's line first, as for any error; then every bad row it sums up, as verify lists them
            problem(e.getMessage());
            e.details().forEach(this::problem);
            return Main.PROBLEMS;
        }
        if (json()) {
            printJson(RestoreJson.of(report));
            return Main.OK;
        }
        out().println("Restored " + report.source() + " as " + report.restored() + " (" + report.database().title()
                + ", schema version " + report.schemaVersion() + ")");
        if (report.kept().isEmpty()) {
            out().println("There was no live file to replace.");
        } else {
            report.kept().forEach(k -> out().println("The replaced file is kept as " + k));
        }
        report.removedReplaced().forEach(r -> out().println("Removed older replaced file " + r));
        if (report.needsUpgrade()) {
            out().println("Its schema version " + report.schemaVersion() + " is older than this version's "
                    + report.latestVersion() + ": run init to upgrade it.");
        }
        out().flush();
        return Main.OK;
    }
}
