package com.zepix.db.arch;

import static com.zepix.db.arch.RuleProofs.assertViolatedExactlyBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.zepix.db.arch.fixtures.isolation.central.TradeSyncReadingV3Table;
import com.zepix.db.arch.fixtures.isolation.v3.V3StoreReadingV6Trades;
import com.zepix.db.arch.fixtures.isolation.v6.m5.M5StoreLoggingCentralEvents;
import org.junit.jupiter.api.Test;

/**
 * Proves {@link DatabaseIsolationTest} on the fixtures in {@code
 * com.zepix.db.arch.fixtures.isolation}: a miniature of the production layout with one class
 * breaking each rule ({@code V3StoreReadingV6Trades}, {@code M5StoreLoggingCentralEvents}, {@code
 * TradeSyncReadingV3Table}) beside classes that keep them. Each rule must report exactly those
 * offenders, nothing else (see RuleProofs).
 */
class DatabaseIsolationProofTest {

    private static final ZepixLayout FIXTURES = RuleProofs.fixtureLayout("isolation");
    private static final JavaClasses CLASSES = RuleProofs.importFixtures(FIXTURES);

    @Test
    void v3_rule_reports_v3_code_naming_a_v6_table() {
        assertViolatedExactlyBy(DatabaseIsolationTest.v3DependsOnNoOtherDatabase(FIXTURES), CLASSES,
                V3StoreReadingV6Trades.class);
    }

    @Test
    void v6_rule_reports_v6_code_naming_a_central_table() {
        assertViolatedExactlyBy(DatabaseIsolationTest.v6DependsOnNoOtherDatabase(FIXTURES), CLASSES,
                M5StoreLoggingCentralEvents.class);
    }

    @Test
    void central_rule_reports_central_code_naming_a_plugin_table() {
        assertViolatedExactlyBy(DatabaseIsolationTest.centralReadsPluginTradesOnlyThroughCore(FIXTURES), CLASSES,
                TradeSyncReadingV3Table.class);
    }
}
