package com.zepix.db.arch;

import static com.zepix.db.arch.RuleProofs.assertViolatedExactlyBy;
import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.arch.fixtures.cycles.ops.backup.RestoreStep;
import com.zepix.db.arch.fixtures.cycles.ops.schema.SchemaCheck;
import org.junit.jupiter.api.Test;

/**
 * Proves {@link PackageCyclesTest} on {@code com.zepix.db.arch.fixtures.cycles}: {@code ops.schema}
 * and {@code ops.backup} call each other, and {@code ops.sqlite}, used by one of them, is in no
 * cycle and must not be named. ArchUnit reports a cycle once, from the first slice in it
 * ({@code ops.backup}), listing each side's dependencies.
 */
class PackageCyclesProofTest {

    @Test
    void cycle_rule_reports_two_packages_that_use_each_other() {
        ZepixLayout fixtures = RuleProofs.fixtureLayout("cycles");
        var details = assertViolatedExactlyBy(PackageCyclesTest.packagesAreFreeOfCycles(fixtures),
                RuleProofs.importFixtures(fixtures), RestoreStep.class);
        assertThat(String.join("\n", details))
                .contains(RestoreStep.class.getName() + ".check(java.lang.String)> calls method <" + SchemaCheck.class.getName())
                .contains(SchemaCheck.class.getName() + ".matches(java.lang.String)> calls method <" + RestoreStep.class.getName())
                .doesNotContain("SqliteHelper");
    }
}
