package com.zepix.db.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The V5 "3-database isolation": each database's code names only its own database's classes.
 * Each rule's subject includes the generated {@code ..jooq} package, so none is empty today.
 * Proven to bite by {@link DatabaseIsolationProofTest}.
 */
@AnalyzeClasses(packages = ZepixLayout.PRODUCTION_ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class DatabaseIsolationTest {

    @ArchTest
    static final ArchRule v3_code_does_not_depend_on_v6_or_central = v3DependsOnNoOtherDatabase(ZepixLayout.PRODUCTION);

    @ArchTest
    static final ArchRule v6_code_does_not_depend_on_v3_or_central = v6DependsOnNoOtherDatabase(ZepixLayout.PRODUCTION);

    @ArchTest
    static final ArchRule central_code_does_not_depend_on_plugin_generated_classes =
            centralReadsPluginTradesOnlyThroughCore(ZepixLayout.PRODUCTION);

    static ArchRule v3DependsOnNoOtherDatabase(ZepixLayout layout) {
        return ownsOnlyItsDatabase(layout.v3(), "the V3 plugin owns only the V3 database (zepix_combined_v3.db)",
                "V6", layout.v6(), layout.central());
    }

    static ArchRule v6DependsOnNoOtherDatabase(ZepixLayout layout) {
        return ownsOnlyItsDatabase(layout.v6(), "the V6 plugins own only the V6 database (zepix_price_action.db)",
                "V3", layout.v3(), layout.central());
    }

    private static ArchRule ownsOnlyItsDatabase(String code, String owner, String otherPlugin, String... otherDatabases) {
        return noClasses().that().resideInAPackage(code)
                .should().dependOnClassesThat().resideInAnyPackage(otherDatabases)
                .because(owner + "; code that names a " + otherPlugin + " or central class reaches into another"
                        + " plugin's or the bot core's data. Share code through com.zepix.db.core, and wire the"
                        + " databases together in com.zepix.db.ops");
    }

    static ArchRule centralReadsPluginTradesOnlyThroughCore(ZepixLayout layout) {
        return noClasses().that().resideInAPackage(layout.central())
                .should().dependOnClassesThat().resideInAnyPackage(layout.packages("v3.jooq"), layout.packages("v6.jooq"))
                .because("central aggregation reads plugin trades only through the plugin-neutral interface in"
                        + " com.zepix.db.core, which the V3 and V6 code implements and com.zepix.db.ops wires in;"
                        + " central code that names a plugin's generated table breaks when that plugin's schema"
                        + " changes. Add what you need to the core interface instead");
    }
}
