package com.zepix.db.cli;

import com.zepix.db.ops.json.VerifyJson;
import com.zepix.db.ops.verify.VerifyFinding;
import com.zepix.db.ops.verify.VerifyOperation;
import com.zepix.db.ops.verify.VerifyReport;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "verify",
        description = "Checks the three databases without changing anything: SQLite integrity and foreign keys, the "
            + "Flyway history against this jar's migrations, every table, column and index, and the central "
            + "defaults. Prints one line per failed check, naming the file; exit code 1 if any check fails.")
final class VerifyCommand extends OpsCommand {

    @Mixin
    CentralOptions centralOptions;

    @Override
    protected int execute() {
        VerifyReport report = new VerifyOperation(dataDir(), central(centralOptions)).run();
        if (json()) {
            printJson(VerifyJson.of(report));
            return report.passed() ? Main.OK : Main.PROBLEMS;
        }
        for (Map.Entry<String, String> file : report.versions().entrySet()) {
            if (report.isHealthy(file.getKey())) {
                out().println(file.getKey() + ": OK (schema version " + file.getValue() + ")");
            } else {
                report.findings().stream().filter(f -> f.location().equals(file.getKey()))
                        .map(VerifyFinding::line).forEach(out()::println);
            }
        }
        out().println(report.passed()
                ? "VERIFY PASSED: all " + report.versions().size() + " databases are healthy"
                : "VERIFY FAILED: " + report.findings().size() + " problem(s) in " + report.unhealthyFiles() + " of "
                        + report.versions().size() + " databases");
        out().flush();
        return report.passed() ? Main.OK : Main.PROBLEMS;
    }
}
