package com.zepix.db.core;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

/**
 * The one text form of a timestamp in every database: UTC, {@code YYYY-MM-DD HH:MM:SS[.fff]},
 * exactly what SQLite's {@code CURRENT_TIMESTAMP} writes, so text order is time order and
 * SQLite's date functions work on every row whoever wrote it.
 */
public final class UtcTimestamps {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .toFormatter();

    private UtcTimestamps() {
    }

    /** Milliseconds are the finest precision stored; anything finer is cut, never rounded up. */
    public static String format(LocalDateTime value) {
        LocalDateTime millis = value.truncatedTo(ChronoUnit.MILLIS);
        return millis.getNano() == 0 ? SECONDS.format(millis) : MILLIS.format(millis);
    }

    /**
     * Reads the stored form, with or without fractional seconds.
     *
     * @throws IllegalArgumentException naming the text, for anything else
     */
    public static LocalDateTime parse(String text) {
        try {
            return LocalDateTime.parse(text, READ);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "timestamp '" + text + "' is not UTC text of the form YYYY-MM-DD HH:MM:SS[.fff]", e);
        }
    }

    /** Now in UTC, at the stored precision. */
    public static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock.withZone(java.time.ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Now in UTC by the system clock, at the stored precision. */
    public static LocalDateTime now() {
        return now(Clock.systemUTC());
    }
}
