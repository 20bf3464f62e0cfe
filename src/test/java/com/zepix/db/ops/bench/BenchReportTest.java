package com.zepix.db.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which targets a report misses, judged on the rows' values under their stable ids. */
class BenchReportTest {

    private static BenchReport reportWith(double singleInsertRatio, double dashboardP99, double lostRows) {
        BenchReport report = new BenchReport("test machine", "test sizes");
        for (BenchTarget t : BenchTarget.ALL) {
            double value = switch (t.id()) {
                case "single_insert.ratio_vs_raw" -> singleInsertRatio;
                case "dashboard.p99_ms.90d" -> dashboardP99;
                case "writers.lost_rows" -> lostRows;
                default -> t.bound(); // exactly on the bound: met unless the bound is strict
            };
            if (t.id().startsWith("dashboard.")) {
                value = Math.min(value, 49.9);
                value = t.id().equals("dashboard.p99_ms.90d") ? dashboardP99 : value;
            }
            report.add(BenchRow.count(t.id(), "case", "variant", value, "unit", ""));
        }
        return report;
    }

    @Test
    void a_report_on_every_bound_meets_all_targets() {
        assertThat(reportWith(0.9, 49.9, 0).missedTargets()).isEmpty();
    }

    @Test
    void each_missed_target_is_named_with_its_value_and_bound() {
        List<String> missed = reportWith(0.8999, 50.0, 1).missedTargets();
        assertThat(missed).containsExactly(
                "single_insert.ratio_vs_raw = 0.8999, wanted single_insert.ratio_vs_raw >= 0.9000",
                "dashboard.p99_ms.90d = 50, wanted dashboard.p99_ms.90d < 50",
                "writers.lost_rows = 1, wanted writers.lost_rows == 0");
    }

    @Test
    void a_target_the_run_did_not_measure_is_missed_too() {
        BenchReport report = new BenchReport("m", "s");
        assertThat(report.missedTargets()).hasSize(BenchTarget.ALL.size())
                .allMatch(m -> m.contains("was not measured"));
    }

    @Test
    void ids_are_unique_within_a_report() {
        BenchReport report = new BenchReport("m", "s");
        report.add(BenchRow.count("writers.errors", "c", "v", 0, "count", ""));
        assertThatThrownBy(() -> report.add(BenchRow.count("writers.errors", "c", "v", 0, "count", "")))
                .hasMessageContaining("writers.errors");
    }
}
