package com.zepix.db.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zepix.db.cli.Main;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.testsupport.LegacyFiles;
import com.zepix.db.testsupport.OpsFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-legacy} on 100k legacy rows in a JVM with a 160 MB heap: the rows are parsed as they
 * are read and not held. Holding them all (up to 33 boxed values a row) needed more than 256 MB.
 */
class LegacyImportMemoryTest {

    private static final String HEAP = "-Xmx160m";

    @TempDir
    Path root;

    @Test
    @Timeout(600)
    void a_dry_run_and_a_real_run_of_100k_rows_fit_in_a_160_mb_heap() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path legacy = root.resolve("trading_bot.db");
        LegacyFiles.Generated g = LegacyFiles.generate(legacy, 100_000, 18L);

        JsonNode dry = run(data, legacy, true);
        assertThat(dry.get("pairs").asLong()).isEqualTo(g.pairs());
        assertThat(dry.get("singles").asLong()).isEqualTo(g.singles());

        JsonNode real = run(data, legacy, false);
        assertThat(real.get("imported_trades").asLong()).isEqualTo(g.pairs() + g.singles());
        assertThat(OpsFixtures.queryLong(DatabaseFile.V3.in(data), "SELECT count(*) FROM combined_v3_trades"))
                .isEqualTo(g.pairs() + g.singles());
    }

    private JsonNode run(Path data, Path legacy, boolean dryRun) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, HEAP, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "import-legacy", "--json", "--legacy", legacy.toString(), "--data-dir", data.toString()));
        if (dryRun) {
            command.add("--dry-run");
        }
        Path out = root.resolve(dryRun ? "dry.json" : "real.json");
        Path err = root.resolve(dryRun ? "dry.err" : "real.err");
        Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(child.waitFor(300, TimeUnit.SECONDS)).as("finished").isTrue();
        String errors = Files.readString(err);
        assertThat(errors).as("stderr").doesNotContain("OutOfMemoryError");
        // Exit code 1: the generated file has hostile rows, which are skipped and reported.
        assertThat(child.exitValue()).as(errors).isEqualTo(1);
        return new ObjectMapper().readTree(out.toFile());
    }
}
