package com.zepix.db.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.Cursor;
import org.jooq.Record;
import org.jooq.Result;

/**
 * What the stores hand out is detached: no public method of the hand-written {@code v3}, {@code v6}
 * and {@code central} code returns a jOOQ record, a {@code Result} or {@code Cursor} of them, or a
 * collection or {@code Optional} of records. Proven to bite by {@link DetachedValuesProofTest}.
 */
@AnalyzeClasses(packages = ZepixLayout.PRODUCTION_ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class DetachedValuesTest {

    @ArchTest
    static final ArchRule stores_return_no_jooq_records = noPublicMethodReturnsRecords(ZepixLayout.PRODUCTION);

    static ArchRule noPublicMethodReturnsRecords(ZepixLayout layout) {
        return methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideInAnyPackage(layout.v3(), layout.v6(), layout.central())
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("..jooq..")
                .should(notReturnRecords())
                .because("a record stays attached to the connection it was read on: the caller could store() it"
                        + " later, outside the transaction, the write lock and the isolation guard, or read it"
                        + " after another plugin's write. Return the generated pojo (fetchInto(Pojo.class),"
                        + " record.into(Pojo.class)) or a record class of your own");
    }

    private static ArchCondition<JavaMethod> notReturnRecords() {
        return new ArchCondition<>("not return jOOQ records, or Results, Cursors, collections or Optionals of them") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (holdsRecords(method.getReturnType())) {
                    events.add(SimpleConditionEvent.violated(method, method.getDescription() + " returns "
                            + method.getReturnType().getName() + " in (" + method.getSourceCodeLocation() + ")"));
                }
            }
        };
    }

    /**
     * Type arguments count only inside containers: {@code List<R>} holds records, while
     * {@code Table<R>} is a table and a query step typed by its record is a query, whatever R is.
     */
    private static boolean holdsRecords(JavaType type) {
        if (type instanceof JavaParameterizedType parameterized) {
            JavaClass container = parameterized.toErasure();
            return holdsRecords(container) || (isContainer(container)
                    && parameterized.getActualTypeArguments().stream().anyMatch(DetachedValuesTest::holdsRecords));
        }
        if (type instanceof JavaClass javaClass) {
            return javaClass.isAssignableTo(Record.class) || javaClass.isAssignableTo(Result.class)
                    || javaClass.isAssignableTo(Cursor.class);
        }
        return false;
    }

    private static boolean isContainer(JavaClass type) {
        return type.isAssignableTo(Iterable.class) || type.isAssignableTo(Optional.class)
                || type.isAssignableTo(Stream.class) || type.isAssignableTo(Map.class);
    }
}
