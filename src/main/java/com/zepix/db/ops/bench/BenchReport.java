package com.zepix.db.ops.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's figures, as a plain-text table and as JSON. */
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
                    r.spread(), r.ratio() == null ? "" : String.format(Locale.ROOT, "%.3f", r.ratio())));
        }
        return out.toString();
    }

    public String json() {
        StringBuilder out = new StringBuilder("{\n  \"machine\": ").append(quote(machine)).append(",\n  \"rows\": [");
        for (int i = 0; i < rows.size(); i++) {
            BenchRow r = rows.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\"case\": ").append(quote(r.benchCase()))
                    .append(", \"variant\": ").append(quote(r.variant()))
                    .append(", \"value\": ").append(String.format(Locale.ROOT, "%.3f", r.value()))
                    .append(", \"unit\": ").append(quote(r.unit()))
                    .append(", \"spread\": ").append(quote(r.spread()))
                    .append(", \"ratio\": ").append(r.ratio() == null ? "null" : String.format(Locale.ROOT, "%.4f", r.ratio()))
                    .append('}');
        }
        return out.append("\n  ]\n}\n").toString();
    }

    static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%,.3f", value);
    }

    static String spread(Samples s) {
        return "min " + number(s.min()) + " / max " + number(s.max()) + " (n=" + s.values().size() + ")";
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
