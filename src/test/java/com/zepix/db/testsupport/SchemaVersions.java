package com.zepix.db.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The latest migration version of a schema folder, read from {@code schema/}, so tests that print
 * versions follow new migrations instead of pinning a number that the next migration breaks.
 */
public final class SchemaVersions {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

    private SchemaVersions() {
    }

    /** @param folder a folder under {@code schema/}, e.g. {@code central} or {@code central-postgresql} */
    public static String latest(String folder) {
        Path dir = Path.of(System.getProperty("zepix.project.dir", "."), "schema", folder);
        try (Stream<Path> files = Files.list(dir)) {
            return String.valueOf(files.map(p -> VERSIONED.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max()
                    .orElseThrow(() -> new IllegalStateException("no migrations in " + dir)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
