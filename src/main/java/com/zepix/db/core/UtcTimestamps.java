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
        if (nanos == 0) {
            return SECONDS.format(micros);
        }
        return nanos % 1_000_000 == 0 ? MILLIS.format(micros) : MICROS.format(micros);
    }

    /**
     * Reads the stored text: {@code YYYY-MM-DD}, a space or {@code T}, {@code HH:MM:SS}, any
     * fractional digits, and an optional {@code Z} or {@code +HH:MM}/{@code -HH:MM}, which is
     * applied so the result is UTC.
     */
    public static LocalDateTime parse(String text) {
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

    private static IllegalArgumentException notATimestamp(String text, Exception cause) {
        return new IllegalArgumentException("timestamp '" + text + "' is not date-time text of the form"
                + " YYYY-MM-DD HH:MM:SS[.ffffff] (a 'T' for the space, a 'Z' or an offset are accepted too)", cause);
    }

    /** Now in UTC, at millisecond precision, like the rows {@code CURRENT_TIMESTAMP} writes. */
    public static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS);
    }

    public static LocalDateTime now() {
        return now(Clock.systemUTC());
    }
}
