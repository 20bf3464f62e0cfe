package com.zepix.db.ops.legacy;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * Reads the times the Python bot wrote: {@code str(datetime)} ({@code 2025-01-02 03:04:05.123456})
 * and {@code datetime.isoformat()} ({@code 2025-01-02T03:04:05.123456}), with or without a fraction,
 * and with an offset ({@code +05:30}, {@code Z}) when the bot's clock was zone-aware. A time with an
 * offset is converted to UTC; one without is taken as UTC, as everything in the V5 databases is.
 * Impossible dates (February 30th) are refused, not rolled over.
 */
final class LegacyTimestamps {

    private static final DateTimeFormatter FORM = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .appendLiteral(' ')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    private LegacyTimestamps() {
    }

    /** The UTC time the text names, or empty when it is not one of the forms above. */
    static Optional<LocalDateTime> parse(String text) {
        String t = text.strip();
        if (t.length() > 10 && (t.charAt(10) == 'T' || t.charAt(10) == 't')) {
            t = t.substring(0, 10) + ' ' + t.substring(11);
        }
        try {
            TemporalAccessor parsed = FORM.parse(t);
            LocalDateTime local = LocalDateTime.of(parsed.get(ChronoField.YEAR), parsed.get(ChronoField.MONTH_OF_YEAR),
                    parsed.get(ChronoField.DAY_OF_MONTH), parsed.get(ChronoField.HOUR_OF_DAY),
                    parsed.get(ChronoField.MINUTE_OF_HOUR), parsed.get(ChronoField.SECOND_OF_MINUTE),
                    parsed.isSupported(ChronoField.NANO_OF_SECOND) ? parsed.get(ChronoField.NANO_OF_SECOND) : 0);
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                ZoneOffset offset = ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS));
                local = local.atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
            return Optional.of(local);
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
