package com.zepix.db.cli;

import com.zepix.db.core.DayRange;
import com.zepix.db.ops.json.StatsJson;
import com.zepix.db.ops.stats.DailyStatsOperation;
import java.time.LocalDate;
import java.time.ZoneOffset;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "stats",
        description = "Recomputes v3_daily_stats and v6_daily_stats from the trades entered on each UTC day "
            + "(default: today). Days without trades get no row (and lose one they had). Idempotent: recomputing "
            + "gives the same rows.")
final class StatsCommand extends OpsCommand {

    @ArgGroup(exclusive = true)
    Days days;

    static final class Days {
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "One day.")
        LocalDate date;

        @ArgGroup(exclusive = false)
        Range range;
    }

    static final class Range {
        @Option(names = "--from", paramLabel = "YYYY-MM-DD", required = true, description = "First day.")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", required = true, description = "Last day, inclusive.")
        LocalDate to;
    }

    @Override
    protected int execute() {
        DayRange range;
        try {
            range = days == null ? DayRange.of(LocalDate.now(main.clock().withZone(ZoneOffset.UTC)))
                    : days.date != null ? DayRange.of(days.date) : new DayRange(days.range.from, days.range.to);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        DailyStatsOperation.Result result = new DailyStatsOperation(dataDir(), progress()).run(range);
        if (json()) {
            printJson(StatsJson.of(result));
        } else {
            out().print(result.table());
            out().flush();
        }
        result.failures().forEach((plugin, error) -> problem(plugin + " failed: " + error));
        if (result.notRecorded() != null) {
            problem("the failures above could not be recorded in central: " + result.notRecorded());
        }
        return result.succeeded() ? Main.OK : Main.PROBLEMS;
    }
}
