package com.zepix.db.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.jooq.impl.CatalogImpl;
import org.jooq.impl.SchemaImpl;
import org.jooq.impl.TableImpl;
import org.jooq.impl.TableRecordImpl;

/**
 * Generated code is written only by the build. jOOQ's {@code @javax.annotation.processing.Generated}
 * is retained in source only, so it is invisible here; {@link GeneratedCodePlacementTest} checks it
 * in the file tree. This rule checks what the class files do show: the jOOQ classes that codegen
 * writes (tables, records, schema, catalog) live in {@code ..jooq..} packages only. Proven to bite
 * by {@link GeneratedCodeProofTest}.
 */
@AnalyzeClasses(packages = ZepixLayout.PRODUCTION_ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class GeneratedCodeTest {

    @ArchTest
    static final ArchRule jooq_table_classes_live_only_in_generated_jooq_packages =
            noClasses().that().resideOutsideOfPackage("..jooq..")
                    .should().beAssignableTo(TableImpl.class)
                    .orShould().beAssignableTo(TableRecordImpl.class)
                    .orShould().beAssignableTo(SchemaImpl.class)
                    .orShould().beAssignableTo(CatalogImpl.class)
                    .because("table, record, schema and catalog classes are generated from schema/ into"
                            + " generated/.../jooq by the build; a hand-written or hand-copied one drifts from the"
                            + " schema unnoticed. Add a migration under schema/ and run"
                            + " 'mvn -B -DskipTests package' instead");
}
