package com.zepix.db.ops.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One line of the benchmark table.
 *
 * @param value the figure (a median unless the name says otherwise)
 * @param spread how far the runs ranged, or null for a figure from one run
 * @param note what else the reader needs to know (a count, "must be 0"), or null
 * @param ratio against the case's baseline in the same run, or null
 */
public record BenchRow(@JsonProperty("case") String benchCase, String variant, double value, String unit, Spread spread, String note,
        Double ratio) {

    /** The smallest and largest of {@code runs} measurements. */
    public record Spread(double min, double max, int runs) {

        static Spread of(Samples s) {
            return new Spread(s.min(), s.max(), s.values().size());
        }
    }

    /** The spread and the note as the table shows them, e.g. "min 1,234 / max 1,456 (n=5)". */
    String spreadText() {
        String range = spread == null ? ""
                : "min " + BenchReport.number(spread.min()) + " / max " + BenchReport.number(spread.max()) + " (n="
                        + spread.runs() + ")";
        if (note == null) {
            return range;
        }
        return range.isEmpty() ? note : range + ", " + note;
    }
}
