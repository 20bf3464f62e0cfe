package com.zepix.db.cli;

import com.zepix.db.core.SqliteSettings;
import com.zepix.db.ops.server.CentralChoice;
import com.zepix.db.ops.json.JsonOutput;
import com.zepix.db.ops.json.SyncJson;
import com.zepix.db.ops.sync.PluginSyncResult;
import com.zepix.db.ops.sync.PluginTradeSources;
import com.zepix.db.ops.sync.SyncReport;
import com.zepix.db.ops.sync.SyncWatcher;
import com.zepix.db.ops.sync.TradeSync;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "sync",
        description = "Copies every enabled plugin's new and still-open trades into central's aggregated_trades "
            + "(idempotent, incremental) and prints per-plugin counts. Exit code 1 if any plugin failed; the others "
            + "are synced all the same. --watch repeats every --interval seconds until Ctrl-C, which lets the run in "
            + "progress finish.")
final class SyncCommand extends OpsCommand {

    @Option(names = "--watch", description = "Keep syncing every --interval seconds until interrupted.")
    boolean watch;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "300",
            description = "Seconds between runs with --watch (default: ${DEFAULT-VALUE}, as the architecture syncs).")
    long intervalSeconds;

    @Mixin
    CentralOptions centralOptions;

    @Override
    protected int execute() {
        if (intervalSeconds <= 0) {
            throw new ParameterException(spec.commandLine(), "--interval must be > 0, was " + intervalSeconds);
        }
        if (!watch && spec.commandLine().getParseResult().hasMatchedOption("--interval")) {
            // a lone --interval would sync once and exit, while the operator expects a loop
            throw new ParameterException(spec.commandLine(), "--interval only applies with --watch; add --watch to"
                    + " sync every " + intervalSeconds + " seconds");
        }
        CentralChoice central = central(centralOptions);
        TradeSync sync = new TradeSync(dataDir(), SqliteSettings.durable(), PluginTradeSources.all(), main.clock(),
                central, progress());
        if (!watch) {
            return print(sync.runOnce(), central);
        }
        SyncWatcher watcher = new SyncWatcher(sync, Duration.ofSeconds(intervalSeconds));
        Thread stopOnCtrlC = new Thread(() -> {
            try {
                watcher.requestStop(Duration.ofMinutes(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sync-stop");
        Runtime.getRuntime().addShutdownHook(stopOnCtrlC);
        int[] failedRuns = {0};
        try {
            watcher.run(report -> failedRuns[0] += print(report, central), failure -> {
                if (json()) {
                    // Still one line for this run, so a reader of the stream sees every run.
                    out().print(JsonOutput.line(SyncJson.failedRun(failure.getMessage(), main.clock().instant())));
                    out().flush();
                }
                problem(failure.getMessage());
                failedRuns[0]++;
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return failedRuns[0] > 0 ? Main.PROBLEMS : Main.OK;
    }

    private int print(SyncReport report, CentralChoice central) {
        if (json()) {
            // One document per run; with --watch each on its own line (JSON Lines).
            SyncJson document = SyncJson.of(report, main.clock().instant());
            out().print(watch ? JsonOutput.line(document) : JsonOutput.pretty(document));
        } else {
            out().println("sync at " + main.clock().instant() + (central.isPostgres()
                    ? " into " + central.postgres().describe() + " as instance " + central.instance() : "") + ":");
            report.plugins().stream().map(PluginSyncResult::describe).forEach(line -> out().println("  " + line));
        }
        out().flush();
        if (report.anyFailed()) {
            problem("some plugins failed to sync; see 'zepix-db status', sync_status and system_events");
            return Main.PROBLEMS;
        }
        return Main.OK;
    }
}
