package com.zepix.db.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Proving that a rule bites: the rule, built over a fixture root instead of {@code com.zepix.db},
 * is evaluated on the fixture classes and must report exactly the fixture's offending classes.
 * Fixtures live in {@code com.zepix.db.arch.fixtures.<concern>} under {@code architecture-tests/}:
 * test classes, so the production rules (which import with {@code DoNotIncludeTests}) never see them.
 */
final class RuleProofs {

    static final String FIXTURES_ROOT = "com.zepix.db.arch.fixtures";

    /** The first {@code <...>} of a violation line names its origin: a class, or a member of one. */
    private static final Pattern ORIGIN = Pattern.compile("<([^>]+)>");

    private RuleProofs() {
    }

    /** A fixture tree laid out like production below {@code com.zepix.db.arch.fixtures.<concern>}. */
    static ZepixLayout fixtureLayout(String concern) {
        return new ZepixLayout(FIXTURES_ROOT + "." + concern);
    }

    /** What the {@code @ArchTest} rules see: production classes only, generated ones included. */
    static JavaClasses importProduction() {
        return new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages(ZepixLayout.PRODUCTION_ROOT);
    }

    static JavaClasses importFixtures(ZepixLayout fixtures) {
        JavaClasses classes = new ClassFileImporter().importPackages(fixtures.root());
        assertThat(classes).as("fixture classes in %s", fixtures.root()).isNotEmpty();
        return classes;
    }

    /**
     * Asserts that the rule reports a violation, that every violation it reports originates in one of
     * the offenders, and that each offender is reported. Returns the report's lines for further checks.
     */
    static List<String> assertViolatedExactlyBy(ArchRule rule, JavaClasses fixtures, Class<?>... offenders) {
        EvaluationResult result = rule.evaluate(fixtures);
        assertThat(result.hasViolation()).as("%s%nevaluated on the fixtures has a violation", rule.getDescription()).isTrue();
        List<String> details = result.getFailureReport().getDetails();
        List<String> reported = details.stream().map(line -> originClass(line, fixtures)).distinct().sorted()
                .collect(Collectors.toList());
        List<String> expected = Arrays.stream(offenders).map(Class::getName).sorted().collect(Collectors.toList());
        assertThat(reported).as("classes named by the report%n%s", String.join(System.lineSeparator(), details))
                .isEqualTo(expected);
        assertThat(result.getFailureReport().toString()).contains("because");
        return details;
    }

    /** The fixture class a violation line starts from; the whole line if it names none. */
    private static String originClass(String line, JavaClasses fixtures) {
        Matcher origin = ORIGIN.matcher(line);
        if (!origin.find()) {
            return line;
        }
        String named = origin.group(1);
        return fixtures.stream().map(JavaClass::getName)
                .filter(name -> named.equals(name) || named.startsWith(name + "."))
                .max(Comparator.comparingInt(String::length))
                .orElse(line);
    }
}
