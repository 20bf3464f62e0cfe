package com.zepix.db.ops.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The benchmark's figures, as a plain-text table and as JSON, and which targets they miss. */
public final class BenchReport {

    private final String machine;
    private final String sizes;
    private final List<BenchRow> rows = new ArrayList<>();

    public BenchReport(String machine, String sizes) {
        this.machine = machine;
        this.sizes = sizes;
    }

    public void add(BenchRow row) {
        if (find(row.id()).isPresent()) {
            throw new IllegalArgumentException("bench row id " + row.id() + " used twice");
        }
        rows.add(row);
    }

    public List<BenchRow> rows() {
        return List.copyOf(rows);
    }

    public String machine() {
        return machine;
    }

    public Optional<BenchRow> find(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** One line per target this run missed, or that it did not measure; empty when all are met. */
    public List<String> missedTargets() {
        List<String> missed = new ArrayList<>();
        for (BenchTarget target : BenchTarget.ALL) {
            Optional<BenchRow> row = find(target.id());
            if (row.isEmpty()) {
                missed.add(target.id() + " was not measured (wanted " + target.describe() + ")");
            } else if (!target.metBy(row.get().value())) {
                missed.add(target.id() + " = " + plain(row.get().value()) + ", wanted " + target.describe());
            }
        }
        return missed;
    }

    public String table() {
        StringBuilder out = new StringBuilder();
        out.append("machine: ").append(machine).append('\n');
        out.append("sizes: ").append(sizes).append('\n');
        String format = "%-44s %-46s %14s %-9s %-34s %s%n";
        out.append(String.format(Locale.ROOT, format, "id", "variant", "value", "unit", "spread", "target"));
        for (BenchRow r : rows) {
            String target = BenchTarget.ALL.stream().filter(t -> t.id().equals(r.id())).findFirst()
                    .map(t -> (t.metBy(r.value()) ? "met: " : "MISSED: ") + t.describe().substring(t.id().length() + 1))
                    .orElse("");
            String spread = r.n() > 1 ? "min " + number(r.min()) + " / max " + number(r.max()) + " (n=" + r.n() + ")" : "";
            out.append(String.format(Locale.ROOT, format, r.id(), r.variant(), number(r.value()), r.unit(),
                    spread, target));
            if (!r.note().isEmpty()) {
                out.append(String.format(Locale.ROOT, "%-44s   %s%n", "", r.note()));
            }
        }
        return out.toString();
    }

    /** The figures as {@code bench --json} writes them: numbers as numbers, and the targets missed. */
    public BenchJson toJson() {
        return new BenchJson(BenchJson.FORMAT_VERSION, "bench", machine, sizes, List.copyOf(rows), missedTargets());
    }

    /**
     * {@code bench --json}. A figure that is not a number (a ratio over a zero baseline) is written as null.
     *
     * @param rows each with id, case, variant, value, unit, ratio (or null), min, max, n and note
     * @param missedTargets one sentence per target this run missed, as {@code --check} prints them
     */
    public record BenchJson(int formatVersion, String command, String machine, String sizes, List<BenchRow> rows,
            List<String> missedTargets) {

        public static final int FORMAT_VERSION = 1;
    }

    static String number(double value) {
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%,.3f", value);
    }

    static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.4f", value);
    }

}
