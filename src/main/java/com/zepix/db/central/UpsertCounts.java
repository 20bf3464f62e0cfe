package com.zepix.db.central;

/**
 * What one sync run did to a plugin's rows in {@code aggregated_trades}.
 *
 * @param inserted trades that had no row yet
 * @param updated trades whose row differed (a close, a new profit) and was rewritten
 * @param unchanged trades read again (still open at the last run) whose row already said the same
 */
public record UpsertCounts(int inserted, int updated, int unchanged) {

    public static final UpsertCounts NONE = new UpsertCounts(0, 0, 0);

    /** Rows written: the figure sync_status records as records_synced. */
    public int written() {
        return inserted + updated;
    }
}
