package com.zepix.db.ops.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.core.SqliteSettings;
import com.zepix.db.testsupport.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncWatcherTest {

    @TempDir
    Path dir;

    @Test
    void repeats_until_asked_to_stop_and_lets_the_run_in_progress_finish() throws Exception {
        TestDatabases.dataDir(dir);
        SyncWatcher watcher = new SyncWatcher(
                new TradeSync(dir, SqliteSettings.durable(), PluginTradeSources.all(), Clock.systemUTC()),
                Duration.ofMillis(50));
        List<SyncReport> reports = new CopyOnWriteArrayList<>();
        var pool = Executors.newSingleThreadExecutor();
        Future<Integer> runs = pool.submit(() -> watcher.run(reports::add));
        while (reports.size() < 3) {
            Thread.sleep(10);
        }
        assertThat(watcher.requestStop(Duration.ofSeconds(30))).as("stopped within the grace time").isTrue();
        int completed = runs.get();
        pool.shutdown();
        assertThat(completed).isGreaterThanOrEqualTo(3).isEqualTo(reports.size());
        assertThat(reports).allSatisfy(r -> assertThat(r.anyFailed()).isFalse());
    }

    @Test
    void a_zero_interval_is_refused() {
        assertThatThrownBy(() -> new SyncWatcher(null, Duration.ZERO)).hasMessageContaining("interval");
    }

    @Test
    void an_interval_too_long_for_milliseconds_waits_instead_of_overflowing_after_the_first_run() throws Exception {
        TestDatabases.dataDir(dir);
        SyncWatcher watcher = new SyncWatcher(
                new TradeSync(dir, SqliteSettings.durable(), PluginTradeSources.all(), Clock.systemUTC()),
                Duration.ofSeconds(99_999_999_999_999_999L));
        List<SyncReport> reports = new CopyOnWriteArrayList<>();
        var pool = Executors.newSingleThreadExecutor();
        Future<Integer> runs = pool.submit(() -> watcher.run(reports::add));
        while (reports.isEmpty() && !runs.isDone()) {
            Thread.sleep(10);
        }
        assertThat(watcher.requestStop(Duration.ofSeconds(30))).isTrue();
        assertThat(runs.get()).isEqualTo(1); // no ArithmeticException from the wait after the first run
        pool.shutdown();
    }

    @Test
    void a_run_that_fails_as_a_whole_is_reported_and_the_watch_goes_on() throws Exception {
        // no databases at all: central cannot be opened, every run fails as a whole
        SyncWatcher watcher = new SyncWatcher(
                new TradeSync(dir, SqliteSettings.durable(), PluginTradeSources.all(), Clock.systemUTC()),
                Duration.ofMillis(20));
        List<String> failures = new CopyOnWriteArrayList<>();
        var pool = Executors.newSingleThreadExecutor();
        Future<Integer> runs = pool.submit(() -> watcher.run(r -> { }, e -> failures.add(e.getMessage())));
        while (failures.size() < 2 && !runs.isDone()) {
            Thread.sleep(10);
        }
        assertThat(watcher.requestStop(Duration.ofSeconds(30))).isTrue();
        assertThat(runs.get()).isGreaterThanOrEqualTo(2);
        assertThat(failures).allSatisfy(m -> assertThat(m).contains("zepix_bot.db"));
        pool.shutdown();
    }
}
