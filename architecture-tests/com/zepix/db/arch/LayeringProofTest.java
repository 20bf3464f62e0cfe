package com.zepix.db.arch;

import static com.zepix.db.arch.RuleProofs.assertViolatedExactlyBy;

import com.zepix.db.arch.fixtures.layering.cli.CommandReachingIntoV3;
import com.zepix.db.arch.fixtures.layering.core.CoreReachingUpToOps;
import com.zepix.db.arch.fixtures.layering.util.UnlayeredHelper;
import com.zepix.db.arch.fixtures.layering.v6.V6StoreCallingCentral;
import org.junit.jupiter.api.Test;

/**
 * Proves {@link LayeringTest} on the fixtures in {@code com.zepix.db.arch.fixtures.layering}: one
 * class per layer keeping the rule, and offenders that reach up ({@code CoreReachingUpToOps}),
 * skip a layer ({@code CommandReachingIntoV3}), go sideways ({@code V6StoreCallingCentral}), or
 * sit in no layer ({@code util.UnlayeredHelper}). Each rule must report exactly those offenders,
 * nothing else (see RuleProofs).
 */
class LayeringProofTest {

    @Test
    void layering_rule_reports_upward_skipping_sideways_and_unlayered_code() {
        ZepixLayout fixtures = RuleProofs.fixtureLayout("layering");
        assertViolatedExactlyBy(LayeringTest.layersPointOneWay(fixtures), RuleProofs.importFixtures(fixtures),
                CoreReachingUpToOps.class, CommandReachingIntoV3.class, V6StoreCallingCentral.class,
                UnlayeredHelper.class);
    }
}
