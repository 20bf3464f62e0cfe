import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a plugin's classpath must not hold: a class in two jars (the second copy is silently
 * ignored, and with it the plugin's version pins), or an SLF4J backend the plugin did not declare
 * itself (the library must not choose one for it).
 *
 * <p>Usage: {@code java .ci/ClasspathCheck.java CLASSPATH_FILE DIRECT_DEPENDENCIES_FILE}, the first
 * written by {@code mvn dependency:build-classpath -Dmdep.outputFile=...}, the second by
 * {@code mvn dependency:list -DexcludeTransitive=true -DoutputFile=...}. Exit 1 with one line per
 * problem; exit 0 with a summary.
 */
public final class ClasspathCheck {

    /** SLF4J 2 finds its backend through this service; SLF4J 1 through the binder class. */
    private static final String SLF4J2_PROVIDER = "META-INF/services/org.slf4j.spi.SLF4JServiceProvider";
    private static final String SLF4J1_BINDER = "org/slf4j/impl/StaticLoggerBinder.class";

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java ClasspathCheck.java CLASSPATH_FILE DIRECT_DEPENDENCIES_FILE");
            System.exit(2);
        }
        List<Path> entries = new ArrayList<>();
        for (String entry : Files.readString(Path.of(args[0])).trim().split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry.trim()));
            }
        }
        Set<String> declared = declaredJarNames(Path.of(args[1]));

        Map<String, Set<String>> jarsByClass = new TreeMap<>();
        List<String> backends = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int classes = 0;
        for (Path jar : entries) {
            if (!Files.isRegularFile(jar)) {
                continue; // a classes folder: the project's own code
            }
            String name = jar.getFileName().toString();
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    String entry = e.nextElement().getName();
                    if (isClass(entry)) {
                        classes++;
                        jarsByClass.computeIfAbsent(entry, k -> new TreeSet<>()).add(name);
                    }
                }
                if (zip.getEntry(SLF4J2_PROVIDER) != null || zip.getEntry(SLF4J1_BINDER) != null) {
                    backends.add(name);
                    if (!declared.contains(stem(name))) {
                        problems.add("logging backend " + name + " is on the classpath but the project does not"
                                + " declare it: something it depends on chose it");
                    }
                }
            }
        }
        Map<String, Set<String>> twice = jarsByClass.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        if (!twice.isEmpty()) {
            Map<Set<String>, Long> byJars = twice.values().stream()
                    .collect(Collectors.groupingBy(jars -> jars, LinkedHashMap::new, Collectors.counting()));
            byJars.forEach((jars, count) -> problems.add(count + " classes are in each of " + jars));
            problems.add(twice.size() + " classes in all are on the classpath twice, e.g. " + twice.keySet().iterator().next());
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("classpath check: " + p));
            System.exit(1);
        }
        System.out.println("classpath check: " + entries.size() + " entries, " + classes + " classes, none twice;"
                + " logging backends: " + (backends.isEmpty() ? "none" : backends + ", declared by the project"));
    }

    /** Multi-release copies and module descriptors legitimately repeat across jars. */
    private static boolean isClass(String entry) {
        return entry.endsWith(".class") && !entry.startsWith("META-INF/") && !entry.endsWith("module-info.class");
    }

    /**
     * {@code org.slf4j:slf4j-simple:jar:2.0.17:test -- module org.slf4j.simple} becomes
     * {@code slf4j-simple-2.0.17}.
     */
    private static Set<String> declaredJarNames(Path dependencyList) throws IOException {
        Set<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(dependencyList)) {
            String coordinates = line.trim().split("\\s+")[0];
            String[] parts = coordinates.split(":");
            if (parts.length >= 5) {
                String version = parts.length >= 6 ? parts[4] : parts[3];
                names.add(parts[1] + "-" + version);
            }
        }
        return names;
    }

    private static String stem(String jarName) {
        return jarName.endsWith(".jar") ? jarName.substring(0, jarName.length() - 4) : jarName;
    }
}
