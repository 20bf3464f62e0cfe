package com.zepix.db.core;

/** Percent of closed trades with profit > 0; 0 when nothing closed, so the column's CHECK always holds. */
public final class WinRate {

    private WinRate() {
    }

    public static double percent(int winners, int closed) {
        return closed == 0 ? 0.0 : 100.0 * winners / closed;
    }
}
