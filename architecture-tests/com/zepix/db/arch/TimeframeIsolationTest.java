package com.zepix.db.arch;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The four V6 plugins share one database file, but each timeframe's code ({@code com.zepix.db.v6.m1},
 * {@code .m5}, {@code .m15}, {@code .h1}) touches only its own trades table. Shared V6 code in
 * {@code com.zepix.db.v6} itself, and the shared V6 tables, are open to all. Proven to bite by
 * {@link TimeframeIsolationProofTest}.
 */
@AnalyzeClasses(packages = ZepixLayout.PRODUCTION_ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class TimeframeIsolationTest {

    @ArchTest
    static final ArchRule m1_code_touches_only_the_1m_trades_table = touchesOnlyItsOwnTradesTable(ZepixLayout.PRODUCTION, Timeframe.M1);

    @ArchTest
    static final ArchRule m5_code_touches_only_the_5m_trades_table = touchesOnlyItsOwnTradesTable(ZepixLayout.PRODUCTION, Timeframe.M5);

    @ArchTest
    static final ArchRule m15_code_touches_only_the_15m_trades_table = touchesOnlyItsOwnTradesTable(ZepixLayout.PRODUCTION, Timeframe.M15);

    @ArchTest
    static final ArchRule h1_code_touches_only_the_1h_trades_table = touchesOnlyItsOwnTradesTable(ZepixLayout.PRODUCTION, Timeframe.H1);

    /** A V6 plugin's timeframe: its package below {@code v6} and the label in its table's name. */
    enum Timeframe {
        M1("m1", "1m"), M5("m5", "5m"), M15("m15", "15m"), H1("h1", "1h");

        final String subpackage;
        final String label;

        Timeframe(String subpackage, String label) {
            this.subpackage = subpackage;
            this.label = label;
        }

        /** The generated table, record and pojo classes of this timeframe's trades table. */
        List<String> tradesClasses(ZepixLayout layout) {
            String table = "PriceAction_" + label + "Trades";
            return List.of(
                    layout.className("v6.jooq.tables." + table),
                    layout.className("v6.jooq.tables.records." + table + "Record"),
                    layout.className("v6.jooq.tables.pojos." + table));
        }

        /** The trades classes of every other timeframe: what this timeframe's code must not touch. */
        Set<String> otherTimeframesTradesClasses(ZepixLayout layout) {
            return Arrays.stream(values()).filter(other -> other != this)
                    .flatMap(other -> other.tradesClasses(layout).stream())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    static ArchRule touchesOnlyItsOwnTradesTable(ZepixLayout layout, Timeframe timeframe) {
        Set<String> forbidden = timeframe.otherTimeframesTradesClasses(layout);
        String others = Arrays.stream(Timeframe.values()).filter(other -> other != timeframe)
                .map(other -> other.label).collect(Collectors.joining(", "));
        DescribedPredicate<JavaClass> otherTradesClass = describe(
                "are the " + others + " trades tables or their Record or pojo classes " + forbidden,
                javaClass -> forbidden.contains(javaClass.getName()));
        // A dependency is only on the field's owner: reading Tables.PRICE_ACTION_5M_TRADES depends on
        // the shared Tables class, not on the table. So the field's type is checked as well (all of it,
        // e.g. the record in Keys' UniqueKey<PriceAction_5mTradesRecord>).
        DescribedPredicate<JavaFieldAccess> fieldOfOtherTradesType = describe(
                "the field's type involves one of those classes (as Tables.PRICE_ACTION_<timeframe>_TRADES does)",
                access -> access.getTarget().resolveMember()
                        .map(field -> field.getType().getAllInvolvedRawTypes())
                        .orElseGet(() -> Set.of(access.getTarget().getRawType()))
                        .stream().anyMatch(otherTradesClass));
        return noClasses().that().resideInAPackage(layout.packages("v6." + timeframe.subpackage))
                .should().dependOnClassesThat(otherTradesClass)
                .orShould().accessFieldWhere(fieldOfOtherTradesType)
                .because("the " + timeframe.label + " plugin owns only its own trades table in the shared V6 database;"
                        + " the other timeframes' trades belong to the other V6 plugins (the run-time isolation guard"
                        + " refuses such queries too). Shared V6 tables (market trends, signals log, daily stats) are"
                        + " open to all; code that really spans timeframes belongs in com.zepix.db.v6 itself")
                // The timeframe packages are being written on another branch and are empty until it lands;
                // the proof test shows the rule bites, and TimeframeIsolationProofTest checks that the
                // forbidden class names exist in the generated code.
                .allowEmptyShould(true);
    }
}
