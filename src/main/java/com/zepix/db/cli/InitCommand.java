package com.zepix.db.cli;

import com.zepix.db.ops.init.InitOperation;
import com.zepix.db.ops.init.InitReport;
import com.zepix.db.ops.init.InitSummary;
import com.zepix.db.ops.json.InitJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "init",
        description = "Creates the data folder and the three databases, or upgrades them, with the migrations in this "
            + "jar, then prints the initialization summary. Running it again on current databases changes "
            + "nothing. The legacy trading_bot.db is only looked at, read-only.")
final class InitCommand extends OpsCommand {

    @Mixin
    CentralOptions centralOptions;

    @Override
    protected int execute() {
        InitReport report = new InitOperation(dataDir(), central(centralOptions)).run();
        if (json()) {
            printJson(InitJson.of(report));
        } else {
            report.tightened().forEach(t -> out().println("Made owner-only (trade data is nobody else's): " + t));
            out().print(InitSummary.render(report));
            out().flush();
        }
        report.failures().forEach(f -> problem(f.problem()));
        return report.succeeded() ? Main.OK : Main.PROBLEMS;
    }
}
