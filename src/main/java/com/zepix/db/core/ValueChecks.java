package com.zepix.db.core;

/**
 * Checks the stores run on values before they reach the database, so that an impossible value
 * fails with the column's name and the value, not later as a bare CHECK failure or, worse, not
 * at all where the schema has no CHECK. Each returns the value it checked. {@code OrNull}
 * variants accept {@code null} for the columns that are optional.
 */
public final class ValueChecks {

    private ValueChecks() {
    }

    /** {@code value}, unless it is null. */
    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw invalid(field, "must be given", null);
        }
        return value;
    }

    /** {@code value}, unless it is null, empty or only white space. */
    public static String notBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "must not be blank", value);
        }
        return value;
    }

    /** {@code value}, unless it is zero or negative. */
    public static long positive(String field, long value) {
        if (value <= 0) {
            throw invalid(field, "must be > 0", value);
        }
        return value;
    }

    /** {@code value}, unless it is zero, negative, NaN or infinite. */
    public static double positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw invalid(field, "must be > 0", value);
        }
        return value;
    }

    /** {@code value} if null or positive and finite. */
    public static Double positiveOrNull(String field, Double value) {
        return value == null ? null : positive(field, value.doubleValue());
    }

    /** {@code value}, unless it is negative. */
    public static int nonNegative(String field, int value) {
        if (value < 0) {
            throw invalid(field, "must be >= 0", value);
        }
        return value;
    }

    /** {@code value} if null or not negative. */
    public static Integer nonNegativeOrNull(String field, Integer value) {
        return value == null ? null : nonNegative(field, value.intValue());
    }

    /** {@code value} if null, or not negative and finite. */
    public static Double nonNegativeOrNull(String field, Double value) {
        if (value != null && (!(value >= 0) || value.isInfinite())) {
            throw invalid(field, "must be >= 0", value);
        }
        return value;
    }

    /** Money and prices may be negative (a loss) but never NaN or infinite. */
    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw invalid(field, "must be a finite number", value);
        }
        return value;
    }

    /** {@code value} if null or finite. */
    public static Double finiteOrNull(String field, Double value) {
        return value == null ? null : finite(field, value.doubleValue());
    }

    /** {@code value} if within {@code [min, max]}. */
    public static int between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw invalid(field, "must be between " + min + " and " + max, value);
        }
        return value;
    }

    /** {@code value} if null or within {@code [min, max]}. */
    public static Integer betweenOrNull(String field, Integer value, int min, int max) {
        return value == null ? null : between(field, value.intValue(), min, max);
    }

    /** A percentage, 0 to 100 inclusive. */
    public static Integer percentOrNull(String field, Integer value) {
        return betweenOrNull(field, value, 0, 100);
    }

    /** {@code (min, max]}: above min, at most max, e.g. a share of a position that is closed. */
    public static double aboveAndAtMost(String field, double value, double min, double max) {
        if (!(value > min && value <= max)) {
            throw invalid(field, "must be > " + min + " and <= " + max, value);
        }
        return value;
    }

    /** MT5 tickets are positive 64-bit numbers; null where an order has none yet. */
    public static Long ticketOrNull(String field, Long value) {
        return value == null ? null : positive(field, value.longValue());
    }

    /** A trend direction: -1 bearish, 0 neutral, 1 bullish. */
    public static Integer trendOrNull(String field, Integer value) {
        if (value != null && (value < -1 || value > 1)) {
            throw invalid(field, "must be -1, 0 or 1", value);
        }
        return value;
    }

    /** Text values are quoted, so that a blank or padded one shows in the message. */
    public static IllegalArgumentException invalid(String field, String rule, Object value) {
        Object shown = value instanceof String text ? "'" + text + "'" : value;
        return new IllegalArgumentException(field + " " + rule + ", was " + shown);
    }
}
