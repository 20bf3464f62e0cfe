package com.zepix.db.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written fast paths of UtcTimestamps agree with the formatters they replace, value for value. */
class UtcTimestampsTest {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder().appendPattern("uuuu-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd().toFormatter();

    @Test
    void format_and_parse_agree_with_the_formatters_on_random_instants() {
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            LocalDateTime t = LocalDateTime.of(random.nextInt(10_000), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60),
                    random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
            if (random.nextBoolean()) {
                t = t.truncatedTo(ChronoUnit.MILLIS); // the common case the fast path takes
            }
            LocalDateTime micros = t.truncatedTo(ChronoUnit.MICROS);
            String expected = micros.getNano() == 0 ? SECONDS.format(micros)
                    : micros.getNano() % 1_000_000 == 0 ? MILLIS.format(micros) : MICROS.format(micros);
            assertThat(UtcTimestamps.format(t)).isEqualTo(expected);
            assertThat(UtcTimestamps.parse(expected)).isEqualTo(LocalDateTime.parse(expected, READ));
        }
    }

    @Test
    void text_outside_the_canonical_form_still_goes_through_the_formatter() {
        assertThat(UtcTimestamps.parse("2026-11-01 10:00:00.5")).isEqualTo(LocalDateTime.of(2026, 11, 1, 10, 0, 0, 500_000_000));
        assertThatThrownBy(() -> UtcTimestamps.parse("2026-04-31 10:00:00")).hasMessageContaining("2026-04-31");
        assertThat(UtcTimestamps.parse("2026-11-01T10:00:00+02:00")).isEqualTo(LocalDateTime.of(2026, 11, 1, 8, 0));
        assertThatThrownBy(() -> UtcTimestamps.parse("2026-1x-01 10:00:00")).isInstanceOf(IllegalArgumentException.class);
    }
}
