package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.testsupport.OpsFixtures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync --watch --json} in a real child process: stdout is JSON Lines, one document per run,
 * a run that failed as a whole (central locked) included, and nothing else.
 */
class SyncWatchJsonTest {

    @TempDir
    Path root;

    @Test
    @Timeout(120)
    void every_run_is_one_json_line_a_failed_run_too() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path central = DatabaseFile.CENTRAL.in(data);
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        Process child;
        try (Connection lock = OpsFixtures.writer(central); Statement st = lock.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            child = start(data);
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            lines.add(out.readLine());
            st.execute("ROLLBACK");
            // The lock is gone: runs go on, and the next ones sync.
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (json.readTree(line).get("any_failed").asBoolean() == false) {
                    break;
                }
            }
            // SIGTERM, as Ctrl-C: the run in progress finishes, then the process ends. Not destroy(),
            // which closes our end of its stdout before the last lines are read.
            assertThat(new ProcessBuilder("kill", "-TERM", String.valueOf(child.pid())).start().waitFor()).isZero();
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(lines).as("first a failed run, then a synced one").hasSizeGreaterThanOrEqualTo(2);
        for (String l : lines) {
            JsonNode doc = json.readTree(l);
            assertThat(doc.isObject()).as(l).isTrue();
            assertThat(doc.get("format_version").asInt()).as(l).isEqualTo(1);
            assertThat(doc.get("command").asText()).as(l).isEqualTo("sync");
            assertThat(doc.has("at") && doc.has("any_failed") && doc.has("plugins") && doc.has("problem")).as(l).isTrue();
        }
        JsonNode failed = json.readTree(lines.get(0));
        assertThat(failed.get("any_failed").asBoolean()).isTrue();
        assertThat(failed.get("plugins")).isEmpty();
        assertThat(failed.get("problem").asText()).contains(central.toString());
        JsonNode synced = json.readTree(lines.stream().filter(l -> l.contains("\"any_failed\":false")).findFirst().orElseThrow());
        assertThat(synced.get("problem").isNull()).isTrue();
        assertThat(synced.get("plugins")).hasSize(5);
        synced.get("plugins").forEach(p -> assertThat(p.get("outcome").asText()).isEqualTo("synced"));
    }

    private static Process start(Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Dzepix.busyTimeoutMillis=200", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "sync", "--watch", "--interval", "1", "--json", "--data-dir", data.toString());
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
