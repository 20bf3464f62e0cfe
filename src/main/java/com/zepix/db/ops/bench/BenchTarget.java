package com.zepix.db.ops.bench;

import java.util.List;
import java.util.Locale;

/**
 * A figure the issue sets a target for. {@code bench --check} fails when a run misses one; the
 * targets are for a full run on a quiet machine of this project's kind (2 cores).
 */
public record BenchTarget(String id, Comparison comparison, double bound) {

    public enum Comparison {
        AT_LEAST(">="), AT_MOST("<="), BELOW("<"), EXACTLY("==");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        boolean holds(double value, double bound) {
            return switch (this) {
                case AT_LEAST -> value >= bound;
                case AT_MOST -> value <= bound;
                case BELOW -> value < bound;
                case EXACTLY -> value == bound;
            };
        }
    }

    public static final List<BenchTarget> ALL = List.of(
            new BenchTarget("single_insert.ratio_vs_raw", Comparison.AT_LEAST, 0.9),
            new BenchTarget("single_insert.ratio_vs_architecture_style", Comparison.AT_LEAST, 2.5),
            new BenchTarget("bulk_insert.ratio_vs_raw", Comparison.AT_LEAST, 0.9),
            new BenchTarget("sync.first_1m_ratio_vs_raw", Comparison.AT_MOST, 1.25),
            new BenchTarget("sync.incremental_ratio", Comparison.AT_MOST, 0.01),
            new BenchTarget("dashboard.p99_ms.1d", Comparison.BELOW, 50),
            new BenchTarget("dashboard.p99_ms.7d", Comparison.BELOW, 50),
            new BenchTarget("dashboard.p99_ms.90d", Comparison.BELOW, 50),
            new BenchTarget("writers.errors", Comparison.EXACTLY, 0),
            new BenchTarget("writers.lost_rows", Comparison.EXACTLY, 0));

    public boolean metBy(double value) {
        return comparison.holds(value, bound);
    }

    public String describe() {
        return id + " " + comparison.symbol + " " + String.format(Locale.ROOT, "%s", BenchReport.plain(bound));
    }
}
