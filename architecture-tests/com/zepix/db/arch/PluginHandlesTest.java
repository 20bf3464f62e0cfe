package com.zepix.db.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Stores and sources are built from a plugin's handle: no class of {@code v3}, {@code v6} or
 * {@code central} depends on {@code core.DatabaseService}, which hands out every key's handle. Only
 * the composition roots ({@code ops}, the host) hold the service. Proven to bite by
 * {@link PluginHandlesProofTest}.
 */
@AnalyzeClasses(packages = ZepixLayout.PRODUCTION_ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class PluginHandlesTest {

    @ArchTest
    static final ArchRule stores_take_a_handle_not_the_service = noServiceBelowOps(ZepixLayout.PRODUCTION);

    static ArchRule noServiceBelowOps(ZepixLayout layout) {
        return noClasses().that().resideInAnyPackage(layout.v3(), layout.v6(), layout.central())
                .should().dependOnClassesThat().haveFullyQualifiedName(layout.className("core.DatabaseService"))
                .because("the service hands out every key's handle: a store built from it could reach another"
                        + " key's tables. Take the PluginDatabase of the key you use (db.plugin(key)), and for"
                        + " another plugin's trades a TradeSource bound to its own handle (source.on(handle))");
    }
}
