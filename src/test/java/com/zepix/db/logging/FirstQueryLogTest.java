package com.zepix.db.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.testsupport.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin's first query in a fresh JVM logs nothing the plugin author did not cause: jOOQ's check
 * of the database version (it reads {@code Connection.getMetaData()} once per JVM while its
 * version-support logger has warnings on) gets its answer from the guarded connection, so neither a
 * refusal nor jOOQ's "Cannot obtain database version ... please report a bug" appears.
 */
class FirstQueryLogTest {

    @TempDir
    Path dir;

    @Test
    void the_first_query_of_a_jvm_logs_no_refusal_and_no_version_problem() throws Exception {
        // jOOQ at INFO: the failed version check is logged at INFO, a mismatch at WARN
        String log = runChild("org.jooq.level=INFO", "com.zepix.db.level=INFO");

        String firstQuery = log.substring(log.indexOf("--- first query"));
        assertThat(firstQuery).as(log)
                .containsPattern("--- logged signal \\d+")
                .contains("--- read 1 signal")
                .doesNotContain("refused")
                .doesNotContain("Cannot obtain database version")
                .doesNotContain("Version mismatch")
                .doesNotContain("jooq.org/bug")
                .contains("Database version is supported by dialect SQLDialect.SQLITE");
        assertThat(firstQuery.lines().filter(line -> line.startsWith("WARNING")).toList()).as(log).isEmpty();
    }

    @Test
    void the_first_query_of_a_jvm_on_a_postgres_central_logs_no_refusal_and_no_version_problem() throws Exception {
        String log = runChild(List.of(dir.resolve("central").toString(), "postgres"),
                "org.jooq.level=INFO", "com.zepix.db.level=INFO");

        String firstQuery = log.substring(log.indexOf("--- first query"));
        assertThat(firstQuery).as(log)
                .contains("--- read bot_version 3.0.0")
                .doesNotContain("refused")
                .doesNotContain("Cannot obtain database version")
                .doesNotContain("Version mismatch")
                .doesNotContain("jooq.org/bug")
                .contains("Database version is supported by dialect SQLDialect.POSTGRES");
        assertThat(firstQuery.lines().filter(line -> line.startsWith("WARNING")).toList()).as(log).isEmpty();
    }

    private String runChild(String... levels) throws Exception {
        return runChild(List.of(dir.resolve("data").toString()), levels);
    }

    /** @param levels java.util.logging settings on top of: warnings of everything, one line each, to stderr */
    private String runChild(List<String> childArgs, String... levels) throws Exception {
        Path config = Files.writeString(dir.resolve("logging.properties"), String.join("\n",
                "handlers=java.util.logging.ConsoleHandler",
                ".level=WARNING",
                "java.util.logging.ConsoleHandler.level=ALL",
                "java.util.logging.SimpleFormatter.format=%4$s %3$s - %5$s%n",
                String.join("\n", levels)) + "\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Djava.util.logging.config.file=" + config,
                "-Dorg.jooq.no-logo=true", "-Dzepix.test.pg.port=" + TestPostgres.port(),
                "-Dzepix.test.pg.passfile=" + TestPostgres.passFile(),
                "-cp", System.getProperty("java.class.path"), FirstQueryChild.class.getName()));
        command.addAll(childArgs);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = child.getInputStream().readAllBytes();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(text).isZero();
        return text;
    }
}
