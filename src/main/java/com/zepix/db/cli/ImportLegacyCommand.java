package com.zepix.db.cli;

import com.zepix.db.ops.json.ImportLegacyJson;
import com.zepix.db.ops.legacy.LegacyImportOperation;
import com.zepix.db.ops.legacy.LegacyImportReport;
import com.zepix.db.ops.legacy.SkippedRow;
import com.zepix.db.ops.legacy.TradePlan;
import com.zepix.db.core.DayRange;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "import-legacy",
        description = "Imports the legacy trading_bot.db's trades into the V3 database (combined_v3_trades), so that "
            + "sync, stats and the dashboard include them. The legacy file is only read, never changed. Order A and "
            + "Order B of one signal become one dual trade; an order without a partner becomes a trade of its own; a "
            + "row with a bad value is skipped and named. Running it again imports only what is not imported yet. "
            + "Exit code 1 when rows were skipped.")
final class ImportLegacyCommand extends OpsCommand {

    @Option(names = "--legacy", paramLabel = "FILE",
            description = "The legacy database (default: <data-dir>/trading_bot.db).")
    Path legacy;

    @Option(names = "--dry-run", description = "Print what would be imported (pairs, singles, skipped rows and why); write nothing.")
    boolean dryRun;

    @Override
    protected int execute() {
        LegacyImportReport report = new LegacyImportOperation(dataDir(), legacy == null ? null : legacy.normalize(),
                progress()).run(dryRun);
        if (json()) {
            printJson(ImportLegacyJson.of(report));
        } else {
            print(report, out());
            out().flush();
        }
        if (report.skippedRows() > 0) {
            problem(report.skippedRows() + " legacy row" + (report.skippedRows() == 1 ? " was" : "s were")
                    + " skipped for bad values; each is listed with its legacy id, column and value");
            return Main.PROBLEMS;
        }
        return Main.OK;
    }

    /** One 'stats' per year at most: stats refuses a range of more than {@link DayRange#MAX_DAYS} days. */
    static String statsCommands(LocalDate first, LocalDate last) {
        List<String> commands = new ArrayList<>();
        for (LocalDate from = first; !from.isAfter(last); from = from.plusDays(DayRange.MAX_DAYS)) {
            LocalDate to = from.plusDays(DayRange.MAX_DAYS - 1);
            commands.add("'stats --from " + from + " --to " + (to.isAfter(last) ? last : to) + "'");
        }
        return String.join(", then ", commands);
    }

    private static void print(LegacyImportReport r, PrintWriter out) {
        out.println("Legacy database: " + r.legacyFile() + " (" + r.legacyRows() + " rows in trades"
                + (r.missingColumns().isEmpty() ? "" : "; an older file without " + String.join(", ", r.missingColumns()))
                + ")");
        String verb = r.dryRun() ? "Would import " : "Imported ";
        out.println(verb + r.trades().size() + " trades from " + r.trades().stream().mapToInt(t -> t.kind().equals("pair") ? 2 : 1).sum()
                + " rows: " + r.pairs() + " pairs (Order A + Order B), " + r.singles("order_a_only") + " Order A only, "
                + r.singles("order_b_only") + " Order B only, " + r.singles("untyped_as_order_a")
                + " untyped orders as Order A" + (r.assumedRoutes() == 0 ? ""
                        : "; " + r.assumedRoutes() + " with no logic_type, LOGIC2 assumed"));
        out.println("Already imported by an earlier run: " + r.alreadyImported() + " trades");
        out.println("Skipped: " + r.skippedRows() + " rows");
        r.skipped().stream().map(SkippedRow::describe).forEach(line -> out.println("  " + line));
        out.println("Earlier saves of a re-saved order (the latest save is imported): " + r.resaved().size() + " rows");
        if (r.dryRun()) {
            r.resaved().stream().map(SkippedRow::describe).forEach(line -> out.println("  " + line));
        }
        if (r.dryRun()) {
            out.println("Trades it would make:");
            r.trades().stream().map(TradePlan::describe).forEach(line -> out.println("  " + line));
            out.println("Dry run: nothing was written.");
        } else if (r.firstDay() != null) {
            out.println("Entry days imported: " + r.firstDay() + " to " + r.lastDay() + " (update their daily statistics with "
                    + statsCommands(r.firstDay(), r.lastDay()) + ")");
        }
        out.println("Took " + r.millis() + " ms");
    }
}
