package com.zepix.db.ops.bench;

/**
 * One line of the benchmark table.
 *
 * @param value the figure (a median unless the name says otherwise)
 * @param spread how far the runs ranged, e.g. "min 1,234 / max 1,456"
 * @param ratio against the case's baseline in the same run, or null
 */
public record BenchRow(String benchCase, String variant, double value, String unit, String spread, Double ratio) {
}
