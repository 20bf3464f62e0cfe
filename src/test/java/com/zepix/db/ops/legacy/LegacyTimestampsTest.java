package com.zepix.db.ops.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The times the Python bot wrote, read as UTC; anything else is not a time. */
class LegacyTimestampsTest {

    @ParameterizedTest
    @CsvSource({
        "2025-01-02 03:04:05,            2025-01-02T03:04:05",
        "2025-01-02 03:04:05.123456,     2025-01-02T03:04:05.123456",
        "2025-01-02T03:04:05.123456,     2025-01-02T03:04:05.123456",
        "2025-01-02t03:04:05.5,          2025-01-02T03:04:05.500",
        "' 2025-01-02T03:04:05 ',        2025-01-02T03:04:05",
        "2025-01-02T03:04:05+05:30,      2025-01-01T21:34:05",
        "2025-01-02T03:04:05.250-0100,   2025-01-02T04:04:05.250",
        "2025-01-02 03:04:05Z,           2025-01-02T03:04:05",
        "2024-02-29 23:59:59.999999,     2024-02-29T23:59:59.999999",
    })
    void python_forms_are_read_as_utc(String text, String utc) {
        assertThat(LegacyTimestamps.parse(text)).contains(LocalDateTime.parse(utc));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2025-02-30 10:00:00", "2025-02-29 10:00:00", "2025-13-01 10:00:00",
        "2025-01-02 24:00:00", "2025-01-02", "2025-01-02 03:04", "1735787045", "2025-01-02 03:04:05 UTC",
        "02/01/2025 03:04:05", "2025-01-02 03:04:05.1234567890"})
    void anything_else_is_not_a_time(String text) {
        assertThat(LegacyTimestamps.parse(text)).isEmpty();
    }
}
