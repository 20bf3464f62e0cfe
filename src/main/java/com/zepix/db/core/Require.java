package com.zepix.db.core;

/**
 * Argument checks that stores run before anything reaches SQLite. Each failure names the column
 * and the value, so the plugin author sees what was wrong without reading a constraint text.
 */
public final class Require {

    private Require() {
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required, was null");
        }
        return value;
    }

    public static String notBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, was " + quoted(value));
        }
        return value;
    }

    public static double positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be > 0, was " + value);
        }
        return value;
    }

    public static Double positiveOrNull(String field, Double value) {
        return value == null ? null : positive(field, value);
    }

    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, was " + value);
        }
        return value;
    }

    public static Double finiteOrNull(String field, Double value) {
        return value == null ? null : finite(field, value);
    }

    public static Double nonNegativeOrNull(String field, Double value) {
        if (value != null && !(value >= 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
        return value;
    }

    public static Integer nonNegativeOrNull(String field, Integer value) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
        return value;
    }

    public static Integer betweenOrNull(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /** {@code (min, max]}: above min, at most max. */
    public static double aboveAndAtMost(String field, double value, double min, double max) {
        if (!(value > min && value <= max)) {
            throw new IllegalArgumentException(field + " must be > " + min + " and <= " + max + ", was " + value);
        }
        return value;
    }

    /** The -1/0/1 trend columns: bearish, neutral, bullish. */
    public static Integer trendOrNull(String field, Integer value) {
        return betweenOrNull(field, value, -1, 1);
    }

    public static Long ticketOrNull(String field, Long value) {
        if (value != null && value <= 0) {
            throw new IllegalArgumentException(field + " must be a positive MT5 ticket, was " + value);
        }
        return value;
    }

    private static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
