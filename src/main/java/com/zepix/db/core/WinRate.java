package com.zepix.db.core;

/** Percent of closed trades with profit > 0; 0 when nothing closed, so the column's CHECK always holds. */
public final class WinRate {

    private WinRate() {
    }

    /** {@code 100 * winners / closed}, or 0 when {@code closed} is 0. */
    public static double percent(int winners, int closed) {
        return closed == 0 ? 0.0 : 100.0 * winners / closed;
    }
}
