package com.zepix.db.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The build has just regenerated {@code generated/} from {@code schema/}. If that changed any
 * committed file, the commit that changed the schema did not carry its generated code.
 */
class GeneratedCodeIsCommittedTest {

    @Test
    void generated_matches_what_is_committed() throws IOException, InterruptedException {
        Path project = Path.of(System.getProperty("zepix.project.dir", "."));
        Assumptions.assumeTrue(Files.exists(project.resolve(".git")),
                "not a git checkout: there is no committed generated/ to compare with");
        Process git = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=all", "--", "generated")
                .directory(project.toFile())
                .redirectErrorStream(true)
                .start();
        String changes = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(git.exitValue()).as("git status: %s", changes).isZero();
        assertThat(changes)
                .withFailMessage("generated/ is out of date with schema/: the build regenerated%n%s"
                        + "Rebuild (mvn -B -DskipTests package) and commit generated/ together with schema/.", changes)
                .isEmpty();
    }
}
