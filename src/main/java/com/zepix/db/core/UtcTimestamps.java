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
        int year = value.getYear();
        if (year < 0 || year > 9999) {
            LocalDateTime millis = value.truncatedTo(ChronoUnit.MILLIS);
            return millis.getNano() == 0 ? SECONDS.format(millis) : MILLIS.format(millis);
        }
        // What SECONDS/MILLIS print, without the formatter's cost: the sync writes millions of these.
        int millis = value.getNano() / 1_000_000;
        char[] out = new char[millis == 0 ? 19 : 23];
        digits(out, 0, year, 4);
        out[4] = '-';
        digits(out, 5, value.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, value.getDayOfMonth(), 2);
        out[10] = ' ';
        digits(out, 11, value.getHour(), 2);
        out[13] = ':';
        digits(out, 14, value.getMinute(), 2);
        out[16] = ':';
        digits(out, 17, value.getSecond(), 2);
        if (millis != 0) {
            out[19] = '.';
            digits(out, 20, millis, 3);
        }
        return new String(out);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    public static LocalDateTime parse(String text) {
        LocalDateTime quick = parseCanonical(text);
        if (quick != null) {
            return quick;
        }
        try {
            return LocalDateTime.parse(text, READ);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "timestamp '" + text + "' is not UTC text of the form YYYY-MM-DD HH:MM:SS[.fff]", e);
        }
    }

    /**
     * {@code YYYY-MM-DD HH:MM:SS} or {@code YYYY-MM-DD HH:MM:SS.fff} read without the formatter,
     * or null for any other text (which then goes through {@link #READ} and its errors).
     */
    private static LocalDateTime parseCanonical(String text) {
        int length = text.length();
        if ((length != 19 && length != 23) || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != ' '
                || text.charAt(13) != ':' || text.charAt(16) != ':' || (length == 23 && text.charAt(19) != '.')) {
            return null;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 2);
        int day = number(text, 8, 2);
        int hour = number(text, 11, 2);
        int minute = number(text, 14, 2);
        int second = number(text, 17, 2);
        int millis = length == 23 ? number(text, 20, 3) : 0;
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || millis < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000);
        } catch (java.time.DateTimeException e) {
            return null; // an impossible date: the formatter says what is wrong
        }
    }

    /** The digits at {@code [at, at + width)} as a number, or -1 if any is not a digit. */
    private static int number(String text, int at, int width) {
        int value = 0;
        for (int i = at; i < at + width; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Now in UTC, at the stored precision. */
    public static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock.withZone(java.time.ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS);
    }

    public static LocalDateTime now() {
        return now(Clock.systemUTC());
    }
}
