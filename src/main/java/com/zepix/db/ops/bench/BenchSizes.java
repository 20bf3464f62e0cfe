package com.zepix.db.ops.bench;

/**
 * How much work each case does. {@link #full()} is the sizes; {@link #quick()} shrinks
 * them so a smoke run finishes in well under a minute.
 *
 * @param runs measured runs per case, after one warm-up run
 * @param guardStatements statements per run of case 7 whose text the guard has seen before
 * @param guardNewTexts statements per run of case 7 whose text is new to the guard
 */
public record BenchSizes(int runs, int singleInserts, int bulkRows, int writerMillis, int syncTrades,
        int newTrades, int queryRuns, int dashboardDays, int guardStatements, int guardNewTexts) {

    public static BenchSizes full() {
        return new BenchSizes(5, 2_000, 200_000, 5_000, 1_000_000, 1_000, 50, 90, 20_000, 2_000);
    }

    public static BenchSizes quick() {
        return new BenchSizes(3, 100, 5_000, 500, 10_000, 100, 10, 90, 500, 100);
    }
}
