package com.zepix.db.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Generated code is not edited by hand, checked on the source tree (jOOQ's
 * {@code @javax.annotation.processing.Generated} does not reach the class files):
 * nothing under {@code src/main/java} is in a {@code jooq} package or marked {@code @Generated}, and
 * everything under {@code generated/} is in a {@code ..jooq..} package. Proven to bite by
 * {@link GeneratedCodeProofTest}.
 */
class GeneratedCodePlacementTest {

    static final Path PROJECT = Path.of(System.getProperty("zepix.project.dir", "."));
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    /** {@code @Generated} under any package (javax.annotation.processing, javax.annotation, jakarta...). */
    private static final Pattern GENERATED_MARK = Pattern.compile("@(?:[\\w.]+\\.)?Generated\\b");

    @Test
    void java_under_src_main_java_is_not_in_a_jooq_package_nor_marked_generated() {
        assertNone(handWrittenCodeViolations(PROJECT.resolve("src/main/java")),
                "generated code found among the hand-written sources", "Generated code is written only by the build,"
                        + " into generated/: delete the copy, change schema/ and run 'mvn -B -DskipTests package'.");
    }

    @Test
    void java_under_generated_is_all_in_jooq_packages() {
        assertNone(generatedCodeViolations(PROJECT.resolve("generated")),
                "hand-written code found under generated/", "generated/ holds only what the build writes there"
                        + " (the ..jooq.. packages and the schema snapshots): move the class to src/main/java.");
    }

    private static void assertNone(List<String> violations, String found, String fix) {
        assertThat(violations)
                .withFailMessage("%s:%n%s%n%s", found, String.join(System.lineSeparator(), violations), fix)
                .isEmpty();
    }

    /** Every {@code .java} below a hand-written source root that is in a jooq package or marked {@code @Generated}. */
    static List<String> handWrittenCodeViolations(Path sourceRoot) {
        return violations(sourceRoot, file -> {
            String source = read(file);
            String pkg = packageOf(sourceRoot, file, source);
            if (isJooqPackage(pkg)) {
                return "is in package " + pkg + ": jooq packages are generated into generated/ only";
            }
            return GENERATED_MARK.matcher(source).find() ? "is marked @Generated: generated code lives in generated/ only" : null;
        });
    }

    /** Every {@code .java} below the generated root that is not in a {@code ..jooq..} package. */
    static List<String> generatedCodeViolations(Path generatedRoot) {
        return violations(generatedRoot, file -> {
            String pkg = packageOf(generatedRoot, file, read(file));
            return isJooqPackage(pkg) ? null : "is in package " + pkg + ", not in a ..jooq.. package";
        });
    }

    /** The {@code .java} files below a root; none at all is an error, so a wrong path cannot pass. */
    static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> java = files.filter(file -> file.toString().endsWith(".java")).sorted().collect(Collectors.toList());
            if (java.isEmpty()) {
                throw new IllegalStateException("no .java files below " + root.toAbsolutePath());
            }
            return java;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> violations(Path root, Function<Path, String> problem) {
        return javaFiles(root).stream()
                .map(file -> {
                    String found = problem.apply(file);
                    return found == null ? null : file + " " + found;
                })
                .filter(Objects::nonNull)
                .collect(Collectors.toList());
    }

    /** The declared package; the folder below the source root if there is no declaration. */
    private static String packageOf(Path sourceRoot, Path file, String source) {
        Matcher declared = PACKAGE.matcher(source);
        if (declared.find()) {
            return declared.group(1);
        }
        Path folder = sourceRoot.relativize(file).getParent();
        return folder == null ? "" : folder.toString().replace(File.separatorChar, '.');
    }

    private static boolean isJooqPackage(String pkg) {
        return Arrays.asList(pkg.split("\\.")).contains("jooq");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
