package com.zepix.db.ops.schema;

import com.zepix.db.core.DatabaseFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The migration files of {@code schema/} as they are at one git revision or in the working tree.
 *
 * @param label the revision as given (e.g. {@code HEAD}, {@code origin/main}) or {@link #WORKING_TREE}
 * @param files per database: path below {@code schema/<db>/} to the file's text (line endings as LF)
 */
public record MigrationSet(String label, Map<DatabaseFile, SortedMap<String, String>> files) {

    public static final String WORKING_TREE = "working tree";

    private static final String SCHEMA = "schema";

    public MigrationSet {
        Map<DatabaseFile, SortedMap<String, String>> copy = new EnumMap<>(DatabaseFile.class);
        for (DatabaseFile db : DatabaseFile.values()) {
            copy.put(db, Collections.unmodifiableSortedMap(new TreeMap<>(files.getOrDefault(db, new TreeMap<>()))));
        }
        files = Collections.unmodifiableMap(copy);
    }

    /** The files of {@code <repo>/schema/} as committed at {@code revision}; none if it had no {@code schema/}. */
    public static MigrationSet atRevision(Path repo, String revision) {
        String what = "cannot read revision '" + revision + "' of " + repo.toAbsolutePath().normalize();
        if (revision.isBlank() || revision.startsWith("-")) {
            throw new SchemaReviewException(what + ": not a revision name");
        }
        if (!Files.isDirectory(repo)) {
            throw new SchemaReviewException(what + ": no such folder");
        }
        Git git = new Git(repo);
        String listing = new String(git.run(what, "ls-tree", "-r", "-z", "--name-only", revision, "--", SCHEMA + "/"),
                StandardCharsets.UTF_8);
        Map<DatabaseFile, SortedMap<String, String>> files = new EnumMap<>(DatabaseFile.class);
        for (String path : listing.split("\0")) {
            for (DatabaseFile db : DatabaseFile.values()) {
                String folder = SCHEMA + "/" + db.schemaFolder() + "/";
                if (path.startsWith(folder) && path.endsWith(".sql")) {
                    byte[] text = git.run(what, "cat-file", "blob", revision + ":./" + path);
                    files.computeIfAbsent(db, d -> new TreeMap<>())
                            .put(path.substring(folder.length()), lf(new String(text, StandardCharsets.UTF_8)));
                }
            }
        }
        return new MigrationSet(revision, files);
    }

    /** The files of {@code <repo>/schema/} on disk now, committed or not. */
    public static MigrationSet workingTree(Path repo) {
        Path schema = repo.resolve(SCHEMA);
        if (!Files.isDirectory(schema)) {
            throw new SchemaReviewException("no schema/ folder in " + repo.toAbsolutePath().normalize()
                    + ": run in the project's folder or pass --repo");
        }
        Map<DatabaseFile, SortedMap<String, String>> files = new EnumMap<>(DatabaseFile.class);
        for (DatabaseFile db : DatabaseFile.values()) {
            Path folder = schema.resolve(db.schemaFolder());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            SortedMap<String, String> own = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path file : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".sql")).toList()) {
                    own.put(folder.relativize(file).toString().replace('\\', '/'), lf(Files.readString(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.put(db, own);
        }
        return new MigrationSet(WORKING_TREE, files);
    }

    public SortedMap<String, String> of(DatabaseFile db) {
        return files.get(db);
    }

    /** Writes one database's files into {@code dir} (as Flyway's {@code filesystem:} location reads them). */
    void writeTo(DatabaseFile db, Path dir) throws IOException {
        for (Map.Entry<String, String> file : of(db).entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
    }

    /** The files of one database that differ from {@code from} to {@code to}, in file name order. */
    static List<MigrationFileChange> changes(DatabaseFile db, MigrationSet from, MigrationSet to) {
        SortedMap<String, String> before = from.of(db);
        SortedMap<String, String> after = to.of(db);
        TreeMap<String, MigrationFileChange> changes = new TreeMap<>();
        before.forEach((file, text) -> {
            if (!after.containsKey(file)) {
                changes.put(file, new MigrationFileChange(file, MigrationFileChange.Kind.REMOVED, null));
            } else if (!after.get(file).equals(text)) {
                changes.put(file, new MigrationFileChange(file, MigrationFileChange.Kind.CHANGED, null));
            }
        });
        after.keySet().stream().filter(file -> !before.containsKey(file))
                .forEach(file -> changes.put(file, new MigrationFileChange(file, MigrationFileChange.Kind.ADDED, null)));
        return new ArrayList<>(changes.values());
    }

    private static String lf(String text) {
        return text.replace("\r\n", "\n");
    }
}
