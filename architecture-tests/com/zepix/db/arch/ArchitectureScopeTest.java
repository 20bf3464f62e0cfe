package com.zepix.db.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The {@code @ArchTest} rules analyse what they should: the production classes under
 * {@code com.zepix.db}, the generated ones included, and neither the tests nor the fixtures, which
 * break the rules on purpose.
 */
class ArchitectureScopeTest {

    @Test
    void rules_see_production_and_generated_classes_but_no_tests_or_fixtures() {
        JavaClasses production = RuleProofs.importProduction();
        assertThat(production.contain("com.zepix.db.core.DatabaseFile")).isTrue();
        assertThat(production.contain("com.zepix.db.v3.jooq.Tables")).isTrue();
        assertThat(production.contain("com.zepix.db.v6.jooq.Tables")).isTrue();
        assertThat(production.contain("com.zepix.db.central.jooq.Tables")).isTrue();
        assertThat(production.stream().map(JavaClass::getName))
                .noneMatch(name -> name.startsWith("com.zepix.db.arch."))
                .noneMatch(name -> name.endsWith("Test"));
    }
}
