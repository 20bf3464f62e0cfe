package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ConsoleProgressBarTest {

    private static final long LARGE = 64L * 1024 * 1024;

    @Test
    void a_large_copy_is_drawn_in_place_and_ended_with_a_new_line() {
        StringWriter terminal = new StringWriter();
        ConsoleProgressBar bar = new ConsoleProgressBar(new PrintWriter(terminal));

        bar.progress("zepix_bot.db", LARGE / 2, LARGE);
        bar.progress("zepix_bot.db", LARGE, LARGE);
        bar.finished("zepix_bot.db");

        assertThat(terminal.toString()).isEqualTo(
                "\rzepix_bot.db [###############               ] 50%"
                + "\rzepix_bot.db [##############################] 100%" + System.lineSeparator());
    }

    @Test
    void a_small_copy_draws_nothing() {
        StringWriter terminal = new StringWriter();
        ConsoleProgressBar bar = new ConsoleProgressBar(new PrintWriter(terminal));

        bar.progress("zepix_bot.db", 10, 100);
        bar.finished("zepix_bot.db");

        assertThat(terminal.toString()).isEmpty();
    }

    @Test
    void a_row_bar_draws_for_a_large_import_and_not_for_a_small_one() {
        StringWriter terminal = new StringWriter();
        ConsoleProgressBar bar = ConsoleProgressBar.forRows(new PrintWriter(terminal));

        bar.progress("importing legacy trades", 10, 100);
        bar.finished("importing legacy trades");
        assertThat(terminal.toString()).isEmpty();

        bar.progress("importing legacy trades", 25_000, 100_000);
        bar.finished("importing legacy trades");
        assertThat(terminal.toString()).isEqualTo(
                "\rimporting legacy trades [#######                       ] 25%" + System.lineSeparator());
    }
}
