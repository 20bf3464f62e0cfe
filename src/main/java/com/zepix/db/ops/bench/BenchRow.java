package com.zepix.db.ops.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One figure of the benchmark, under a stable id that scripts can rely on
 * (e.g. {@code single_insert.ratio_vs_raw}, {@code dashboard.p99_ms.90d}).
 *
 * @param value the figure: the median of the rounds unless the id says otherwise (a p99, a count)
 * @param ratio for a ratio row the same as value; null otherwise
 * @param min the lowest of the rounds (equal to value for a single measurement)
 * @param max the highest of the rounds
 * @param n how many rounds or samples the figure summarises
 * @param note what else a reader needs, e.g. the size of the data; may be empty
 */
public record BenchRow(String id, @JsonProperty("case") String benchCase, String variant, double value, String unit, Double ratio,
        double min, double max, int n, String note) {

    static BenchRow of(String id, String benchCase, String variant, Samples s, String unit, String note) {
        return new BenchRow(id, benchCase, variant, s.median(), unit, null, s.min(), s.max(), s.values().size(), note);
    }

    static BenchRow ratio(String id, String benchCase, String variant, Samples ratios, String note) {
        return new BenchRow(id, benchCase, variant, ratios.median(), "ratio", ratios.median(), ratios.min(),
                ratios.max(), ratios.values().size(), note);
    }

    static BenchRow count(String id, String benchCase, String variant, double value, String unit, String note) {
        return new BenchRow(id, benchCase, variant, value, unit, null, value, value, 1, note);
    }
}
