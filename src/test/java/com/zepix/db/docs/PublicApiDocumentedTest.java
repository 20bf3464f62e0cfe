package com.zepix.db.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The API a plugin author reads is documented: every public type, constructor and method of
 * {@code core}, {@code v3}, {@code v6} and {@code central} has a javadoc comment. Exempt: methods
 * that override (javadoc shows the overridden comment) and records' compact constructors (the
 * record's own comment describes them). Javadoc's doclint checks what the comments say; this
 * test checks that they are there, which doclint's "missing" group would only do together with
 * demanding a tag for every parameter.
 */
class PublicApiDocumentedTest {

    private static final Path SOURCES = Path.of(System.getProperty("zepix.project.dir", "."), "src/main/java/com/zepix/db");
    private static final List<String> API_PACKAGES = List.of("core", "v3", "v6", "central");

    @Test
    void every_public_type_and_method_of_the_plugin_api_has_a_comment() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String pkg : API_PACKAGES) {
            try (Stream<Path> walk = Files.walk(SOURCES.resolve(pkg))) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(50);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> undocumented = new ArrayList<>();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) javac.getTask(null, fileManager, null, List.of("-proc:none"), null,
                    fileManager.getJavaFileObjectsFromPaths(files));
            DocTrees docs = DocTrees.instance(task);
            for (CompilationUnitTree unit : task.parse()) {
                new Scanner(docs, unit, undocumented).scan(unit, null);
            }
        }
        assertThat(undocumented).as("public API without a javadoc comment (%d)", undocumented.size()).isEmpty();
    }

    private static final class Scanner extends TreePathScanner<Void, Void> {

        private final DocTrees docs;
        private final CompilationUnitTree unit;
        private final List<String> undocumented;
        private final List<ClassTree> enclosing = new ArrayList<>();

        Scanner(DocTrees docs, CompilationUnitTree unit, List<String> undocumented) {
            this.docs = docs;
            this.unit = unit;
            this.undocumented = undocumented;
        }

        @Override
        public Void visitClass(ClassTree type, Void unused) {
            boolean isPublic = type.getModifiers().getFlags().contains(Modifier.PUBLIC)
                    || (!enclosing.isEmpty() && isInterface(enclosing.get(enclosing.size() - 1)));
            if (!isPublic) {
                return null; // nothing inside a non-public type is API
            }
            require(type.getSimpleName().toString());
            enclosing.add(type);
            try {
                return super.visitClass(type, unused);
            } finally {
                enclosing.remove(enclosing.size() - 1);
            }
        }

        @Override
        public Void visitMethod(MethodTree method, Void unused) {
            ClassTree owner = enclosing.get(enclosing.size() - 1);
            boolean isPublic = method.getModifiers().getFlags().contains(Modifier.PUBLIC)
                    || (isInterface(owner) && !method.getModifiers().getFlags().contains(Modifier.PRIVATE));
            boolean overrides = method.getModifiers().getAnnotations().stream()
                    .anyMatch(a -> a.getAnnotationType().toString().equals("Override"));
            boolean constructor = method.getName().contentEquals("<init>");
            boolean compactConstructor = constructor && owner.getKind() == Tree.Kind.RECORD && isCompact(method);
            if (isPublic && !overrides && !compactConstructor) {
                require(owner.getSimpleName() + "." + (constructor ? owner.getSimpleName() : method.getName())
                        + "(" + method.getParameters().size() + " params)");
            }
            return null;
        }

        /** javac gives a compact constructor its record's parameters; the source has no parameter list. */
        private boolean isCompact(MethodTree constructor) {
            if (constructor.getBody() == null) {
                return false;
            }
            long start = docs.getSourcePositions().getStartPosition(unit, constructor);
            long body = docs.getSourcePositions().getStartPosition(unit, constructor.getBody());
            try {
                return !unit.getSourceFile().getCharContent(true).subSequence((int) start, (int) body).toString()
                        .contains("(");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private void require(String what) {
            if (docs.getDocComment(getCurrentPath()) == null) {
                String file = unit.getSourceFile().getName();
                undocumented.add(file.substring(file.indexOf("com/zepix/db/") + "com/zepix/db/".length()) + ": " + what);
            }
        }

        private static boolean isInterface(ClassTree type) {
            return type.getKind() == Tree.Kind.INTERFACE || type.getKind() == Tree.Kind.ANNOTATION_TYPE;
        }
    }
}
