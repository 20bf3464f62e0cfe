package com.zepix.db.ops.bench;

/**
 * How much work each case does. {@link #full()} is the sizes; {@link #quick()} shrinks
 * them so a smoke run finishes in well under a minute.
 *
 * @param runs interleaved rounds per case, after one warm-up run of each variant
 * @param queryRuns dashboard calls per range (a p99 needs at least 100 to mean something)
 * @param guardStatements statements per run of case 7 whose text the guard has seen before
 * @param guardNewTexts statements per run of case 7 whose text is new to the guard
 */
public record BenchSizes(int runs, int singleInserts, int bulkRows, int writerMillis, int syncTrades,
        int newTrades, int queryRuns, int dashboardDays, int guardStatements, int guardNewTexts) {

    public BenchSizes {
        if (runs < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, not " + runs);
        }
    }

    public static BenchSizes full() {
        return new BenchSizes(5, 2_000, 200_000, 5_000, 1_000_000, 1_000, 200, 90, 20_000, 2_000);
    }

    public static BenchSizes quick() {
        return new BenchSizes(3, 100, 5_000, 500, 10_000, 100, 20, 90, 500, 100);
    }

    public BenchSizes withRounds(int rounds) {
        return new BenchSizes(rounds, singleInserts, bulkRows, writerMillis, syncTrades, newTrades, queryRuns,
                dashboardDays, guardStatements, guardNewTexts);
    }

    String describe() {
        return String.format(java.util.Locale.ROOT, "%d rounds; %,d single inserts and %,d bulk rows per round;"
                + " writers for %,d ms; sync of %,d trades then +%,d; %d dashboard calls per range",
                runs, singleInserts, bulkRows, writerMillis, syncTrades, newTrades, queryRuns);
    }
}
