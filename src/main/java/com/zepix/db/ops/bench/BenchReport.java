package com.zepix.db.ops.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's figures, as a plain-text table and as the typed document of {@code --json}. */
public final class BenchReport {

    private final String machine;
    private final List<BenchRow> rows = new ArrayList<>();

    public BenchReport(String machine) {
        this.machine = machine;
    }

    public void add(BenchRow row) {
        rows.add(row);
    }

    public List<BenchRow> rows() {
        return List.copyOf(rows);
    }

    public String table() {
        StringBuilder out = new StringBuilder();
        out.append("machine: ").append(machine).append('\n');
        String format = "%-34s %-34s %14s %-10s %-36s %s%n";
        out.append(String.format(Locale.ROOT, format, "case", "variant", "value", "unit", "spread", "ratio"));
        for (BenchRow r : rows) {
            out.append(String.format(Locale.ROOT, format, r.benchCase(), r.variant(), number(r.value()), r.unit(),
                    r.spreadText(), r.ratio() == null ? "" : String.format(Locale.ROOT, "%.3f", r.ratio())));
        }
        return out.toString();
    }

    /** The figures as {@code bench --json} writes them: the machine and one object per row, numbers as numbers. */
    public BenchJson toJson() {
        return new BenchJson(BenchJson.FORMAT_VERSION, "bench", machine, List.copyOf(rows));
    }

    /**
     * {@code bench --json}. A figure that is not a number (a ratio over a zero baseline) is written as null.
     *
     * @param rows each with case, variant, value, unit, spread ({@code min}, {@code max}, {@code runs}, or
     *     null), note and ratio
     */
    public record BenchJson(int formatVersion, String command, String machine, List<BenchRow> rows) {

        public static final int FORMAT_VERSION = 1;
    }

    static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%,.3f", value);
    }
}
