package com.zepix.db.core;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.DateTimeException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;

/**
 * The one text form of a timestamp in every database: UTC, {@code YYYY-MM-DD HH:MM:SS} and the
 * fractional digits as written, so text order is time order and SQLite's date functions work on
 * every row whoever wrote it.
 *
 * <p>Since the timestamp migrations (schema/v3/V2, v6/V2, central/V3) SQLite itself accepts what
 * the Python bot writes ({@code T} or space, 0 to 6 fractional digits, {@code Z} or an offset) and
 * triggers store it in this form. Reading is as liberal as the CHECK, so a row in any accepted form
 * reads back exactly, to the microsecond; writing is always the canonical form.
 */
public final class UtcTimestamps {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private UtcTimestamps() {
    }

    /**
     * Microseconds are the finest precision stored (Python's); anything finer is cut, never rounded
     * up. A value with whole milliseconds keeps three digits and a whole second none, as
     * {@code CURRENT_TIMESTAMP} writes.
     */
    public static String format(LocalDateTime value) {
        LocalDateTime micros = value.truncatedTo(ChronoUnit.MICROS);
        int nanos = micros.getNano();
        int year = micros.getYear();
        if (nanos % 1_000_000 == 0 && year >= 0 && year <= 9999) {
            return secondsOrMillis(micros, year, nanos / 1_000_000);
        }
        if (nanos == 0) {
            return SECONDS.format(micros);
        }
        return nanos % 1_000_000 == 0 ? MILLIS.format(micros) : MICROS.format(micros);
    }

    /** What SECONDS/MILLIS print, without the formatter's cost: the sync writes millions of these. */
    private static String secondsOrMillis(LocalDateTime value, int year, int millis) {
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

    /**
     * Reads the stored text: {@code YYYY-MM-DD}, a space or {@code T}, {@code HH:MM:SS}, any
     * fractional digits, and an optional {@code Z} or {@code +HH:MM}/{@code -HH:MM}, which is
     * applied so the result is UTC.
     */
    public static LocalDateTime parse(String text) {
        LocalDateTime quick = parseCanonical(text);
        if (quick != null) {
            return quick;
        }
        boolean isoSeparator = text.length() > 10 && text.charAt(10) == 'T';
        String spaced = isoSeparator ? text.substring(0, 10) + ' ' + text.substring(11) : text;
        try {
            TemporalAccessor parsed = READ.parse(spaced);
            LocalDateTime local = LocalDateTime.from(parsed);
            if (!parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return local;
            }
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS));
            return OffsetDateTime.of(local, offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeException e) {
            throw notATimestamp(text, e);
        }
    }

    /**
     * {@code YYYY-MM-DD HH:MM:SS} or {@code YYYY-MM-DD HH:MM:SS.fff} read without the formatter,
     * or null for any other text (which then goes through {@link #READ}: other fractions, a 'T', an offset, and the errors).
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

    private static IllegalArgumentException notATimestamp(String text, Exception cause) {
        return new IllegalArgumentException("timestamp '" + text + "' is not date-time text of the form"
                + " YYYY-MM-DD HH:MM:SS[.ffffff] (a 'T' for the space, a 'Z' or an offset are accepted too)", cause);
    }

    /** Now in UTC, at millisecond precision, like the rows {@code CURRENT_TIMESTAMP} writes. */
    public static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Now in UTC by the system clock, at the stored precision. */
    public static LocalDateTime now() {
        return now(Clock.systemUTC());
    }
}
