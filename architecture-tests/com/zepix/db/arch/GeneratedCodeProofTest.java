package com.zepix.db.arch;

import static com.zepix.db.arch.RuleProofs.assertViolatedExactlyBy;
import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.arch.fixtures.generated.v3.HandCopiedTable;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated-code rules report exactly the offenders of the fixture package {@code
 * com.zepix.db.arch.fixtures.generated}: its class files for {@link GeneratedCodeTest}, its source
 * folder (taken once as a hand-written root, once as a generated root) for {@link
 * GeneratedCodePlacementTest}. It holds a jOOQ table class outside a jooq package ({@code
 * v3.HandCopiedTable}), a class marked {@code @Generated} outside one ({@code
 * v3.MarkedGenerated}), and a table class where it belongs ({@code
 * v3.jooq.tables.GeneratedTable}); it has no {@code package-info}, which the generated-root check
 * would rightly report as well.
 */
class GeneratedCodeProofTest {

    private static final ZepixLayout FIXTURES = RuleProofs.fixtureLayout("generated");
    private static final Path FIXTURE_SOURCES = GeneratedCodePlacementTest.PROJECT
            .resolve("architecture-tests").resolve(FIXTURES.root().replace('.', '/'));

    @Test
    void class_file_rule_reports_a_jooq_table_class_outside_jooq_packages() {
        assertViolatedExactlyBy(GeneratedCodeTest.jooq_table_classes_live_only_in_generated_jooq_packages,
                RuleProofs.importFixtures(FIXTURES), HandCopiedTable.class);
    }

    @Test
    void hand_written_tree_check_reports_a_jooq_package_and_a_generated_mark() {
        assertThat(GeneratedCodePlacementTest.handWrittenCodeViolations(FIXTURE_SOURCES)).satisfiesExactly(
                violation -> assertThat(violation).contains("MarkedGenerated.java is marked @Generated"),
                violation -> assertThat(violation).contains("GeneratedTable.java is in package " + FIXTURES.root() + ".v3.jooq.tables"));
    }

    @Test
    void generated_tree_check_reports_the_classes_outside_jooq_packages() {
        List<String> violations = GeneratedCodePlacementTest.generatedCodeViolations(FIXTURE_SOURCES);
        assertThat(violations).satisfiesExactly(
                violation -> assertThat(violation).contains("HandCopiedTable.java is in package " + FIXTURES.root() + ".v3,"),
                violation -> assertThat(violation).contains("MarkedGenerated.java is in package " + FIXTURES.root() + ".v3,"));
    }
}
