package com.zepix.db.arch;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;
import java.sql.Statement;
import org.jooq.PlainSQL;

/**
 * Queries in the databases' code are checked by the compiler against the generated schema: no
 * plain-SQL strings, no raw JDBC statements. The generated {@code ..jooq..} packages are exempt.
 * Proven to bite by {@link CompileTimeCheckedQueriesProofTest}.
 */
@AnalyzeClasses(packages = ZepixLayout.PRODUCTION_ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class CompileTimeCheckedQueriesTest {

    @ArchTest
    static final ArchRule database_code_does_not_use_jooq_plain_sql = noJooqPlainSql(ZepixLayout.PRODUCTION);

    @ArchTest
    static final ArchRule database_code_does_not_use_jdbc_statements = noJdbcStatements(ZepixLayout.PRODUCTION);

    /**
     * jOOQ marks its whole plain-SQL API with {@link PlainSQL}: {@code DSL.sql/field/table/condition/
     * query/resultQuery(String...)}, {@code DSLContext.execute/fetch/fetchOne/fetchSingle/fetchValue/
     * fetchLazy/fetchMany/resultQuery(String...)}, {@code where(String)} and all their overloads, but not
     * the name API ({@code DSL.name}, {@code DSL.unquotedName}).
     */
    static ArchRule noJooqPlainSql(ZepixLayout layout) {
        return databaseCode(layout)
                .should().callMethodWhere(describe("the target is jOOQ's plain-SQL API (annotated @"
                        + PlainSQL.class.getName() + ", e.g. DSL.field(String), DSLContext.fetch(String))",
                        (JavaMethodCall call) -> call.getTarget().isAnnotatedWith(PlainSQL.class)))
                .because("a query written as a SQL string is not checked by the compiler against the generated"
                        + " schema (a renamed column fails only at run time) and hides its table names from the"
                        + " isolation guard. Build it from the generated table and field classes; use DSL.name or"
                        + " DSL.unquotedName where a name must be spelled out")
                // Today v3, v6 and central hold only generated code, which is exempt; the store code is
                // being written on another branch. The proof test shows the rule bites.
                .allowEmptyShould(true);
    }

    static ArchRule noJdbcStatements(ZepixLayout layout) {
        return databaseCode(layout)
                .should().dependOnClassesThat().areAssignableTo(Statement.class)
                .because("a raw JDBC Statement or PreparedStatement bypasses jOOQ: its SQL is not checked against"
                        + " the generated schema, and it skips the isolation guard, the write lock and constraint"
                        + " translation of DatabaseService. Use the DSLContext that DatabaseService hands out")
                // Empty today for the same reason as the plain-SQL rule.
                .allowEmptyShould(true);
    }

    /** Hand-written code of the three databases; generated code is exempt. */
    private static GivenClassesConjunction databaseCode(ZepixLayout layout) {
        return noClasses().that().resideInAnyPackage(layout.v3(), layout.v6(), layout.central())
                .and().resideOutsideOfPackage("..jooq..");
    }
}
