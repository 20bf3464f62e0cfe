package com.zepix.db.cli;

import com.zepix.db.core.DayRange;
import com.zepix.db.ops.stats.DailyStatsOperation;
import java.time.LocalDate;
import java.time.ZoneOffset;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "stats",
        description = "Recomputes v3_daily_stats and v6_daily_stats from the trades entered on each UTC day "
            + "(default: today). Idempotent: recomputing gives the same rows.")
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
        DailyStatsOperation.Result result = new DailyStatsOperation(dataDir()).run(range);
        out().printf("%-10s  %7s %7s %7s %10s %7s   %5s %5s %5s %5s %10s %6s %7s%n", "day", "v3 in", "A shut",
                "B shut", "v3 $", "v3 win%", "1m", "5m", "15m", "1h", "v6 $", "pulses", "v6 win%");
        for (int i = 0; i < result.v3().size(); i++) {
            var v3 = result.v3().get(i);
            var v6 = result.v6().get(i);
            out().printf("%-10s  %7d %7d %7d %10.2f %7.1f   %5d %5d %5d %5d %10.2f %6d %7.1f%n", v3.getDate(),
                    v3.getTotalDualEntries(), v3.getTotalOrderAClosed(), v3.getTotalOrderBClosed(),
                    v3.getTotalProfitDollars(), v3.getWinRate(), v6.getPlugin_1mTrades(), v6.getPlugin_5mTrades(),
                    v6.getPlugin_15mTrades(), v6.getPlugin_1hTrades(), v6.getTotalProfitDollars(),
                    v6.getTrendPulseUpdates(), v6.getWinRate());
        }
        out().flush();
        return Main.OK;
    }
}
