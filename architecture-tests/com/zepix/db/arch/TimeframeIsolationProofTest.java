package com.zepix.db.arch;

import static com.zepix.db.arch.RuleProofs.assertViolatedExactlyBy;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.zepix.db.arch.TimeframeIsolationTest.Timeframe;
import com.zepix.db.arch.fixtures.timeframes.v6.h1.H1StoreReachingThroughSharedClasses;
import com.zepix.db.arch.fixtures.timeframes.v6.m1.M1StoreReading5mTable;
import com.zepix.db.arch.fixtures.timeframes.v6.m15.M15StoreMappingTo1hPojos;
import com.zepix.db.arch.fixtures.timeframes.v6.m5.M5StoreReturning15mRecords;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Proves {@link TimeframeIsolationTest} on the fixtures in {@code
 * com.zepix.db.arch.fixtures.timeframes}: stand-ins for the generated V6 classes, and in each
 * timeframe package one class that touches another timeframe's trades, each by another route
 * (table class, Record in a signature, pojo, a field of the shared Tables and Keys). Each rule
 * must report exactly those offenders, nothing else (see RuleProofs).
 */
class TimeframeIsolationProofTest {

    private static final ZepixLayout FIXTURES = RuleProofs.fixtureLayout("timeframes");
    private static final JavaClasses CLASSES = RuleProofs.importFixtures(FIXTURES);

    @Test
    void m1_rule_reports_1m_code_naming_the_5m_table() {
        assertViolatedExactlyBy(TimeframeIsolationTest.touchesOnlyItsOwnTradesTable(FIXTURES, Timeframe.M1), CLASSES,
                M1StoreReading5mTable.class);
    }

    @Test
    void m5_rule_reports_5m_code_returning_15m_records() {
        assertViolatedExactlyBy(TimeframeIsolationTest.touchesOnlyItsOwnTradesTable(FIXTURES, Timeframe.M5), CLASSES,
                M5StoreReturning15mRecords.class);
    }

    @Test
    void m15_rule_reports_15m_code_using_1h_pojos() {
        assertViolatedExactlyBy(TimeframeIsolationTest.touchesOnlyItsOwnTradesTable(FIXTURES, Timeframe.M15), CLASSES,
                M15StoreMappingTo1hPojos.class);
    }

    @Test
    void h1_rule_reports_1h_code_reaching_other_tables_through_shared_fields() {
        List<String> report = assertViolatedExactlyBy(
                TimeframeIsolationTest.touchesOnlyItsOwnTradesTable(FIXTURES, Timeframe.H1), CLASSES,
                H1StoreReachingThroughSharedClasses.class);
        assertThat(String.join("\n", report)).contains("Tables.PRICE_ACTION_1M_TRADES", "Keys.PK_PRICE_ACTION_15M_TRADES");
    }

    /** The rules forbid classes by name: those names must be the generated ones, or the rules guard nothing. */
    @Test
    void every_trades_class_the_rules_name_is_generated() {
        JavaClasses production = RuleProofs.importProduction();
        List<String> named = Stream.of(Timeframe.values())
                .flatMap(timeframe -> timeframe.tradesClasses(ZepixLayout.PRODUCTION).stream())
                .collect(Collectors.toList());
        assertThat(named).hasSize(12).allMatch(production::contain);
    }
}
