package com.zepix.db.arch;

import static com.zepix.db.arch.RuleProofs.assertViolatedExactlyBy;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.zepix.db.arch.fixtures.queries.v3.PlainSqlStore;
import com.zepix.db.arch.fixtures.queries.v6.m1.JdbcStatementStore;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves {@link CompileTimeCheckedQueriesTest} on the fixtures in {@code
 * com.zepix.db.arch.fixtures.queries}: {@code v3.PlainSqlStore} calls every plain-SQL entry point
 * the rule names, {@code v6.m1.JdbcStatementStore} uses JDBC statements; {@code
 * central.TypeSafeStore} keeps the rules, and generated code ({@code v3.jooq}) and {@code ops} are
 * outside them. Each rule must report exactly those offenders, nothing else (see RuleProofs).
 */
class CompileTimeCheckedQueriesProofTest {

    private static final ZepixLayout FIXTURES = RuleProofs.fixtureLayout("queries");
    private static final JavaClasses CLASSES = RuleProofs.importFixtures(FIXTURES);

    @Test
    void plain_sql_rule_reports_every_plain_sql_entry_point() {
        List<String> report = assertViolatedExactlyBy(CompileTimeCheckedQueriesTest.noJooqPlainSql(FIXTURES), CLASSES,
                PlainSqlStore.class);
        String dsl = "calls method <org.jooq.impl.DSL.";
        String ctx = "calls method <org.jooq.DSLContext.";
        assertThat(String.join("\n", report)).contains(
                dsl + "sql(", dsl + "field(java.lang.String)", dsl + "field(java.lang.String, java.lang.Class)",
                dsl + "table(", dsl + "query(", dsl + "resultQuery(", dsl + "condition(",
                ctx + "execute(", ctx + "fetch(", ctx + "resultQuery(", ctx + "fetchOne(", ctx + "fetchSingle(",
                ctx + "fetchValue(", ctx + "fetchLazy(", ctx + "fetchMany(",
                "calls method <org.jooq.SelectWhereStep.where(java.lang.String)>");
        assertThat(report).hasSize(16);
    }

    @Test
    void jdbc_rule_reports_statement_and_prepared_statement_use() {
        List<String> report = assertViolatedExactlyBy(CompileTimeCheckedQueriesTest.noJdbcStatements(FIXTURES), CLASSES,
                JdbcStatementStore.class);
        assertThat(String.join("\n", report)).contains("java.sql.PreparedStatement", "java.sql.Statement");
    }
}
