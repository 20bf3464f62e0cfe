package com.zepix.db.arch;

import static com.zepix.db.arch.RuleProofs.assertViolatedExactlyBy;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.zepix.db.arch.fixtures.detached.v3.AttachedRecordStore;
import com.zepix.db.arch.fixtures.detached.v6.m1.RecordListStore;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves {@link DetachedValuesTest} on the fixtures in {@code com.zepix.db.arch.fixtures.detached}:
 * {@code v3.AttachedRecordStore} returns a record, {@code v6.m1.RecordListStore} returns records in
 * a List, an Optional and a Result; {@code central.DetachedStore} returns values and a {@code Table<R>},
 * and keeps a record-taking method private; generated code ({@code v3.jooq}) and {@code ops} are
 * outside the rule. The rule must report exactly the two offenders' four methods.
 */
class DetachedValuesProofTest {

    private static final ZepixLayout FIXTURES = RuleProofs.fixtureLayout("detached");
    private static final JavaClasses CLASSES = RuleProofs.importFixtures(FIXTURES);

    @Test
    void reports_records_returned_bare_or_inside_a_list_optional_or_result() {
        List<String> report = assertViolatedExactlyBy(DetachedValuesTest.noPublicMethodReturnsRecords(FIXTURES),
                CLASSES, AttachedRecordStore.class, RecordListStore.class);
        assertThat(String.join("\n", report)).contains("AttachedRecordStore.findById(long)",
                "RecordListStore.findOpen()", "RecordListStore.findByTicket(long)", "RecordListStore.findAll()");
        assertThat(report).hasSize(4);
    }
}
