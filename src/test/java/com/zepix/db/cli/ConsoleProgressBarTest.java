package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleProgressBarTest {

    private static final long SECOND = 1_000_000_000L;

    private final StringWriter terminal = new StringWriter();
    private final AtomicLong now = new AtomicLong();
    private final ConsoleProgressBar bar = new ConsoleProgressBar(new PrintWriter(terminal), now::get);

    @Test
    void long_work_is_drawn_in_place_and_ends_at_its_final_state_on_a_new_line() {
        bar.progress("zepix_bot.db", 0, 100);
        now.set(2 * SECOND);
        bar.progress("zepix_bot.db", 50, 100);
        now.set(2 * SECOND + SECOND / 50); // too soon to redraw
        bar.progress("zepix_bot.db", 100, 100);
        bar.finished("zepix_bot.db");

        assertThat(terminal.toString()).isEqualTo(
                "\rzepix_bot.db [###############               ]  50% 2s"
                + "\rzepix_bot.db [##############################] 100% 2s" + System.lineSeparator());
    }

    /** The bug of issue 16: a 41 MB backup ended between two samples and the bar stayed at 0%. */
    @Test
    void the_last_state_reported_is_drawn_when_the_work_finishes_between_redraws() {
        bar.progress("backup", 0, 41);
        now.set(SECOND + 1);
        bar.progress("backup", 0, 41);
        now.set(SECOND + 2);
        bar.progress("backup", 41, 41);
        bar.finished("backup");

        assertThat(terminal.toString()).endsWith("] 100% 1s" + System.lineSeparator()).doesNotEndWith("0% 1s");
    }

    @Test
    void work_over_within_a_second_draws_nothing() {
        bar.progress("zepix_bot.db", 10, 100);
        now.set(SECOND / 2);
        bar.progress("zepix_bot.db", 100, 100);
        bar.finished("zepix_bot.db");

        assertThat(terminal.toString()).isEmpty();
    }

    @Test
    void a_new_label_starts_a_new_line() {
        bar.progress("sync combined_v3", 0, 10);
        now.set(2 * SECOND);
        bar.progress("sync combined_v3", 5, 10);
        bar.progress("sync price_action_1m", 0, 10);

        assertThat(terminal.toString()).contains("sync combined_v3 [").endsWith(System.lineSeparator());
    }

    /** integrity_check of a large file reports nothing for seconds: the ticker keeps the line and its seconds moving. */
    @Test
    void a_step_that_reports_nothing_still_shows_after_a_second_and_counts_its_seconds() {
        bar.progress("restore zepix_bot.db", 0, 6);
        now.set(SECOND / 2);
        bar.tick(); // under a second: nothing yet
        now.set(SECOND + SECOND / 2);
        bar.tick();
        now.set(SECOND + SECOND * 3 / 4);
        bar.tick(); // drawn less than a second ago
        now.set(3 * SECOND);
        bar.tick();
        bar.progress("restore zepix_bot.db", 6, 6);
        bar.finished("restore zepix_bot.db");
        bar.tick(); // nothing under way: nothing drawn

        assertThat(terminal.toString()).isEqualTo(
                "\rrestore zepix_bot.db [                              ]   0% 1s"
                + "\rrestore zepix_bot.db [                              ]   0% 3s"
                + "\rrestore zepix_bot.db [##############################] 100% 3s" + System.lineSeparator());
    }
}
