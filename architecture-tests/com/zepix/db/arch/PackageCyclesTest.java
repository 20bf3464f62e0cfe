package com.zepix.db.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * No package cycles: each package below {@code com.zepix.db} is a slice, and no slice depends on
 * itself through others. The layering rule cannot see a cycle within one layer, such as
 * {@code ops.schema} and {@code ops.backup} calling each other. jOOQ's generated packages refer to
 * one another by design (tables, keys, records) and are not ours to arrange, so dependencies
 * between two generated classes are left out; hand-written code on either side still counts.
 * Proven to bite by {@link PackageCyclesProofTest}.
 */
@AnalyzeClasses(packages = ZepixLayout.PRODUCTION_ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = packagesAreFreeOfCycles(ZepixLayout.PRODUCTION);

    static ArchRule packagesAreFreeOfCycles(ZepixLayout layout) {
        return slices().matching(layout.root() + ".(**)").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("..jooq.."), resideInAPackage("..jooq.."))
                .because("a package cycle makes the packages one unit that can be neither understood, tested nor"
                        + " moved apart; move the shared piece into a package both use, or turn the call around");
    }
}
