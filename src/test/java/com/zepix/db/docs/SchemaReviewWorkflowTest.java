package com.zepix.db.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pull-request gate's workflow keeps the properties the README claims for it: pinned actions,
 * no expression pasted into a script, a timeout and one run per pull request, the triggers, and
 * the diff posted before the tests run. Read as text: GitHub runs it, not this build.
 */
class SchemaReviewWorkflowTest {

    private static final Path WORKFLOW = Path.of(".github/workflows/schema-review.yml");
    private static final Pattern USES = Pattern.compile("^\\s*-?\\s*uses:\\s*(\\S+)");
    private static final Pattern PINNED = Pattern.compile("[\\w.-]+/[\\w.-]+@[0-9a-f]{40}");

    private static List<String> lines() throws IOException {
        return Files.readAllLines(WORKFLOW);
    }

    @Test
    void every_action_is_pinned_to_a_commit_sha() throws IOException {
        List<String> actions = new ArrayList<>();
        for (String line : lines()) {
            Matcher m = USES.matcher(line);
            if (m.find()) {
                actions.add(m.group(1));
            }
        }
        assertThat(actions).isNotEmpty().allMatch(a -> PINNED.matcher(a).matches());
    }

    /** {@code ${{ ... }}} inside a run: script is shell code an attacker's branch name could become. */
    @Test
    void no_expression_is_pasted_into_a_script() throws IOException {
        List<String> scriptLines = new ArrayList<>();
        int scriptIndent = -1;
        for (String line : lines()) {
            int indent = line.length() - line.stripLeading().length();
            if (scriptIndent >= 0 && (line.isBlank() || indent > scriptIndent)) {
                scriptLines.add(line);
                continue;
            }
            scriptIndent = -1;
            String body = line.strip();
            if (body.startsWith("run:") || body.startsWith("- run:")) {
                scriptLines.add(line);
                scriptIndent = indent;
            }
        }
        assertThat(scriptLines).isNotEmpty().noneMatch(l -> l.contains("${{"));
    }

    @Test
    void it_has_a_timeout_one_run_per_pull_request_and_the_triggers() throws IOException {
        String text = Files.readString(WORKFLOW);

        assertThat(text).containsPattern("(?m)^\\s+timeout-minutes: \\d+$")
                .containsPattern("(?m)^concurrency:\\n\\s+group: schema-review-\\$\\{\\{ github.event.pull_request.number }}\\n"
                        + "\\s+cancel-in-progress: true$")
                .contains("BASE_REF: ${{ github.base_ref }}")
                .contains("- \"schema/**\"", "- \"generated/**\"", "- \"src/**\"", "- \"architecture-tests/**\"",
                        "- \"pom.xml\"");
    }

    @Test
    void the_diff_is_posted_before_the_tests_run_and_breaking_changes_fail_after() throws IOException {
        String text = Files.readString(WORKFLOW);
        int diff = text.indexOf("schema-diff --from \"origin/$BASE_REF\" --exit-code");
        int summary = text.indexOf(">> \"$GITHUB_STEP_SUMMARY\"");
        int comment = text.indexOf("gh api --method PATCH");
        int verify = text.indexOf("run: mvn -B verify");
        int gate = text.indexOf("if: steps.diff.outputs.exit-code == '3'");

        assertThat(List.of(diff, summary, comment, verify, gate)).doesNotContain(-1).isSorted();
    }
}
