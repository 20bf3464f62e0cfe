package com.zepix.db.ops.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.ops.ProgressListener;
import com.zepix.db.testsupport.OpsFixtures;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup's and a restore's bar covers the checks as well as the copy (on a large file the checks
 * take most of the time, and the bar used to end at 100% before them): one label per database,
 * never going back, ending at 100% once, after the last check.
 */
class BackupRestoreProgressTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private record Heard(String label, long done, long total) {
    }

    private static final class Recorder implements ProgressListener {
        final List<Heard> heard = new CopyOnWriteArrayList<>();
        final List<String> finished = new CopyOnWriteArrayList<>();

        @Override
        public void progress(String label, long done, long total) {
            heard.add(new Heard(label, done, total));
        }

        @Override
        public void finished(String label) {
            finished.add(label);
        }

        Map<String, List<Heard>> byLabel() {
            Map<String, List<Heard>> by = new TreeMap<>();
            heard.forEach(h -> by.computeIfAbsent(h.label(), k -> new ArrayList<>()).add(h));
            return by;
        }
    }

    private static void assertOneBarEndingAtFull(List<Heard> bar, int steps) {
        assertThat(bar).isNotEmpty();
        long total = bar.get(0).total();
        assertThat(bar).allMatch(h -> h.total() == total && h.done() >= 0 && h.done() <= total);
        assertThat(bar.stream().mapToLong(Heard::done).toArray()).isSorted();
        assertThat(bar.get(bar.size() - 1).done()).isEqualTo(total);
        assertThat(bar.stream().filter(h -> h.done() == total)).hasSize(1); // 100% only once the last check is over
        // every step boundary is heard: the bar moves between the copy and each check
        for (int step = 1; step < steps; step++) {
            long boundary = total * step / steps;
            assertThat(bar).as("step %d of %d", step, steps).anyMatch(h -> h.done() == boundary);
        }
    }

    @Test
    void a_backup_shows_one_bar_per_database_over_its_copy_and_checks() {
        Path data = OpsFixtures.initialisedDataDir(dir.resolve("data"));
        OpsFixtures.fillCentral(DatabaseFile.CENTRAL.in(data), 2000);
        Recorder recorder = new Recorder();

        BackupReport report = new BackupOperation(data, null, null, CLOCK, recorder).run();

        assertThat(report.backups()).allMatch(BackupResult::succeeded);
        assertThat(recorder.byLabel()).containsOnlyKeys("backup zepix_bot.db", "backup zepix_combined_v3.db",
                "backup zepix_price_action.db");
        recorder.byLabel().values().forEach(bar -> assertOneBarEndingAtFull(bar, 3));
        assertThat(recorder.finished).containsExactly("backup zepix_combined_v3.db", "backup zepix_price_action.db",
                "backup zepix_bot.db");
    }

    @Test
    void a_restore_shows_one_bar_over_its_checks_copy_and_restore_and_ends_it_when_refused() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(dir.resolve("data"));
        OpsFixtures.fillCentral(DatabaseFile.CENTRAL.in(data), 2000);
        Path backup = new BackupOperation(data, null, null, CLOCK, null).run().backups().get(2).backup();
        Recorder restored = new Recorder();

        new RestoreOperation(data, backup, Clock.offset(CLOCK, Duration.ofSeconds(5)), null, restored).run();

        String label = "restore " + backup.getFileName();
        assertThat(restored.byLabel()).containsOnlyKeys(label);
        assertOneBarEndingAtFull(restored.byLabel().get(label), 6);
        assertThat(restored.finished).containsExactly(label);

        Path notSqlite = java.nio.file.Files.writeString(dir.resolve("notes.db"), "not a database");
        Recorder refused = new Recorder();
        try {
            new RestoreOperation(data, notSqlite, CLOCK, null, refused).run();
        } catch (RestoreRefusedException expected) {
            // refused: the bar, if any was begun, still ends
        }
        assertThat(refused.finished).containsExactly("restore notes.db");
        assertThat(refused.heard).noneMatch(h -> h.done() == h.total());
    }
}
