package com.zepix.db.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits id lists for {@code IN (...)}, keeping each statement well under SQLite's bound-variable limit. */
public final class SourceIdBatches {

    public static final int BATCH = 500;

    private SourceIdBatches() {
    }

    /** {@code ids} in order, cut into lists of at most {@value #BATCH}. */
    public static List<List<Long>> of(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> batches = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BATCH) {
            batches.add(all.subList(i, Math.min(all.size(), i + BATCH)));
        }
        return batches;
    }
}
