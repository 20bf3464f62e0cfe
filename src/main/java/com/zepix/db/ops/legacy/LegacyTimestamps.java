package com.zepix.db.ops.legacy;

import com.zepix.db.core.UtcTimestamps;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the times the Python bot wrote: {@code str(datetime)} ({@code 2025-01-02 03:04:05.123456})
 * and {@code datetime.isoformat()} ({@code 2025-01-02T03:04:05.123456}), with or without a fraction,
 * and with an offset ({@code +05:30}, {@code Z}) when the bot's clock was zone-aware. A time with an
 * offset is converted to UTC; one without is taken as UTC, as everything in the V5 databases is.
 * Impossible dates (February 30th) are refused, not rolled over.
 *
 * <p>The reading itself is {@link UtcTimestamps#parse}, the one the stores use; the legacy file is
 * only looser around it, as hand-edited rows were: blanks around the text, a lower-case {@code t},
 * an offset without its colon ({@code -0100}).
 */
final class LegacyTimestamps {

    private static final Pattern COLONLESS_OFFSET = Pattern.compile("([+-])(\\d{2})(\\d{2})$");

    private LegacyTimestamps() {
    }

    /** The UTC time the text names, or empty when it is not one of the forms above. */
    static Optional<LocalDateTime> parse(String text) {
        String t = text.strip();
        // exactly four year digits: UtcTimestamps' year field would also take a longer (or signed) one
        if (t.length() <= 10 || t.charAt(4) != '-') {
            return Optional.empty();
        }
        if (t.charAt(10) == 't') {
            t = t.substring(0, 10) + 'T' + t.substring(11);
        }
        t = COLONLESS_OFFSET.matcher(t).replaceFirst("$1$2:$3");
        try {
            return Optional.of(UtcTimestamps.parse(t));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
