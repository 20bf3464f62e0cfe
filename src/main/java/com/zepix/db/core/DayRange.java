package com.zepix.db.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** An inclusive range of UTC days, as the daily statistics and dashboards take them. */
public record DayRange(LocalDate from, LocalDate to) {

    /** A year of days at most: a typo in a year should not recompute a millennium. */
    public static final int MAX_DAYS = 366;

    /** The days statistics and dashboards cover: a year 0000 or 9999 is a typo, not a trading day. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    public DayRange {
        ValueChecks.notNull("from", from);
        ValueChecks.notNull("to", to);
        for (LocalDate day : List.of(from, to)) {
            if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
                throw new IllegalArgumentException("day " + day + " is outside " + EARLIEST + " .. " + LATEST
                        + ", the days a trading bot's statistics can cover");
            }
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("from " + from + " to " + to + " spans more than " + MAX_DAYS + " days");
        }
    }

    /** One day. */
    public static DayRange of(LocalDate day) {
        return new DayRange(day, day);
    }

    /** The first instant of the range, UTC midnight of {@code from}. */
    public LocalDateTime start() {
        return from.atStartOfDay();
    }

    /** The first instant after the range. */
    public LocalDateTime end() {
        return to.plusDays(1).atStartOfDay();
    }

    /** Every day of the range, in order. */
    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }
}
