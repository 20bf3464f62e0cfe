package com.zepix.db.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.ops.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's bar counts the steps that run, so a run of some cases ends at 100% too (it ended at 1/6). */
class BenchmarkProgressTest {

    @TempDir
    Path dir;

    @Test
    void a_run_of_one_case_ends_at_100_percent() throws Exception {
        List<long[]> heard = new CopyOnWriteArrayList<>();
        List<String> finished = new CopyOnWriteArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(String label, long done, long total) {
                heard.add(new long[] {done, total});
            }

            @Override
            public void finished(String label) {
                finished.add(label);
            }
        };

        new Benchmark(BenchSizes.quick().withRounds(1), dir, listener).run(Set.of(7));

        assertThat(heard).isNotEmpty().allMatch(h -> h[1] == 1 && h[0] >= 0 && h[0] <= 1);
        assertThat(heard.get(0)[0]).isZero();
        assertThat(heard.get(heard.size() - 1)[0]).isEqualTo(1);
        assertThat(finished).containsExactly("bench");
    }
}
