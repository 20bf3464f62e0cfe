package com.zepix.db.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.testsupport.LoggingChildJvm;
import com.zepix.db.testsupport.TestPostgres;
import java.nio.file.Path;
import java.util.List;
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

    private String runChild(List<String> childArgs, String... levels) throws Exception {
        return LoggingChildJvm.run(dir, List.of("-Dorg.jooq.no-logo=true", "-Dzepix.test.pg.port=" + TestPostgres.port(),
                "-Dzepix.test.pg.passfile=" + TestPostgres.passFile()), FirstQueryChild.class, childArgs, levels);
    }
}
