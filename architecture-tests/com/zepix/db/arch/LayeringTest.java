package com.zepix.db.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies point one way: {@code cli -> ops -> {v3, v6, central} -> core}.
 *
 * <ul>
 *   <li>{@code core} accesses no other layer: it is what every database and tool builds on.</li>
 *   <li>{@code v3}, {@code v6}, {@code central} access only {@code core} (and never each other).</li>
 *   <li>{@code ops} composes them: it may access the three databases' code and {@code core}.</li>
 *   <li>{@code cli} stays a thin shell over {@code ops}: it may access {@code ops} and {@code core}
 *       (for shared values such as {@code DatabaseFile} or the enums), never a database's code
 *       directly; wiring plugin sources into the central sync is done in {@code ops}, where it can be
 *       tested without the command line.</li>
 * </ul>
 *
 * Every production class must belong to a layer, so a new top-level package cannot slip past the
 * rules. Proven to bite by {@link LayeringProofTest}.
 */
@AnalyzeClasses(packages = ZepixLayout.PRODUCTION_ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule dependencies_point_one_way_from_cli_to_core = layersPointOneWay(ZepixLayout.PRODUCTION);

    static ArchRule layersPointOneWay(ZepixLayout layout) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Cli").definedBy(layout.packages("cli"))
                .layer("Ops").definedBy(layout.packages("ops"))
                .layer("V3").definedBy(layout.v3())
                .layer("V6").definedBy(layout.v6())
                .layer("Central").definedBy(layout.central())
                .layer("Core").definedBy(layout.packages("core"))
                .whereLayer("Cli").mayOnlyAccessLayers("Ops", "Core")
                .whereLayer("Ops").mayOnlyAccessLayers("V3", "V6", "Central", "Core")
                .whereLayer("V3").mayOnlyAccessLayers("Core")
                .whereLayer("V6").mayOnlyAccessLayers("Core")
                .whereLayer("Central").mayOnlyAccessLayers("Core")
                .whereLayer("Core").mayNotAccessAnyLayer()
                .ensureAllClassesAreContainedInArchitecture()
                .because("dependencies point one way, cli -> ops -> {v3, v6, central} -> core (cli may also use"
                        + " core's shared values). Code in a lower layer that needs a higher one belongs in the"
                        + " higher one (wiring goes in ops, shared types and interfaces go in core), and a new"
                        + " top-level package must be given a layer here");
    }
}
