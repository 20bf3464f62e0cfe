package com.zepix.db.ops.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zepix.db.ops.bench.BenchReport;
import com.zepix.db.ops.bench.BenchRow;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link JsonOutput} writes what JSON cannot say, and that a strict parser reads every document back. */
class JsonWriterTest {

    private static final ObjectMapper STRICT = new ObjectMapper(); // refuses NaN and Infinity tokens by default

    record Figures(double nan, Double infinite, Double missing, double plain, Path file, List<Integer> counts) {
    }

    @Test
    void non_finite_numbers_become_null_and_paths_plain_strings() throws Exception {
        String text = JsonOutput.pretty(new Figures(Double.NaN, Double.POSITIVE_INFINITY, null, 2.5, Path.of("data/zepix_bot.db"),
                List.of(1, 2)));

        JsonNode json = STRICT.readTree(text);
        assertThat(json.get("nan").isNull()).isTrue();
        assertThat(json.get("infinite").isNull()).isTrue();
        assertThat(json.get("missing").isNull()).isTrue();
        assertThat(json.get("plain").asDouble()).isEqualTo(2.5);
        assertThat(json.get("file").asText()).isEqualTo("data/zepix_bot.db");
        assertThat(json.get("counts").get(1).asInt()).isEqualTo(2);
        assertThat(text).endsWith("}\n").doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void one_line_form_is_one_line() {
        assertThat(JsonOutput.line(new Figures(1, 2.0, 3.0, 4, Path.of("x"), List.of()))).hasLineCount(1).endsWith("}\n");
    }

    /** A ratio over a zero baseline is NaN: the bench document stays valid JSON. */
    @Test
    void a_bench_row_with_a_nan_ratio_is_valid_json() throws Exception {
        BenchReport report = new BenchReport("test machine", "test sizes");
        report.add(new BenchRow("case.ratio", "1 case", "variant", 0.0 / 0.0, "ratio", Double.NaN, 1, 2, 3, ""));

        JsonNode json = STRICT.readTree(JsonOutput.pretty(report.toJson()));

        assertThat(json.get("format_version").asInt()).isEqualTo(1);
        JsonNode row = json.get("rows").get(0);
        assertThat(row.get("id").asText()).isEqualTo("case.ratio");
        assertThat(row.get("case").asText()).isEqualTo("1 case");
        assertThat(row.get("value").isNull()).isTrue();
        assertThat(row.get("ratio").isNull()).isTrue();
        assertThat(row.get("n").asInt()).isEqualTo(3);
        assertThat(report.table()).contains("min 1.000 / max 2.000 (n=3)");
    }
}
