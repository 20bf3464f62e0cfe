package com.zepix.db.arch;

import static com.zepix.db.arch.RuleProofs.assertViolatedExactlyBy;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.zepix.db.arch.fixtures.handles.v3.ServiceStatsStore;
import com.zepix.db.arch.fixtures.handles.v6.m15.ServiceReadingSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves {@link PluginHandlesTest} on the fixtures in {@code com.zepix.db.arch.fixtures.handles}:
 * {@code v3.ServiceStatsStore} is built from the service, {@code v6.m15.ServiceReadingSource} takes it
 * in a method; {@code central.HandleStore} takes a handle and {@code ops.Composition}, outside the
 * rule, holds the service. The rule must report exactly the two offenders.
 */
class PluginHandlesProofTest {

    private static final ZepixLayout FIXTURES = RuleProofs.fixtureLayout("handles");
    private static final JavaClasses CLASSES = RuleProofs.importFixtures(FIXTURES);

    @Test
    void reports_stores_and_sources_that_take_the_service() {
        List<String> report = assertViolatedExactlyBy(PluginHandlesTest.noServiceBelowOps(FIXTURES),
                CLASSES, ServiceStatsStore.class, ServiceReadingSource.class);
        assertThat(String.join("\n", report)).contains("ServiceStatsStore.<init>", "ServiceReadingSource.count");
    }
}
