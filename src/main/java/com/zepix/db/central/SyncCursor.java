package com.zepix.db.central;

import com.zepix.db.core.InstanceId;
import com.zepix.db.core.TradeSummary;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Where a plugin's last successful sync stopped: the highest source id it read, and the source
 * ids that were still open or partial then (they may close later, below the high mark).
 * Stored in {@code system_config} under {@code sync.cursor.<instance_id>.<plugin_id>} (each host
 * sharing a central has its own), written in the same central transaction as the rows it
 * describes (see {@link SyncLedger}).
 */
public record SyncCursor(long afterSourceId, Set<Long> openSourceIds) {

    public static final SyncCursor START = new SyncCursor(0, Set.of());

    public SyncCursor {
        openSourceIds = Set.copyOf(openSourceIds);
    }

    static String configKey(InstanceId instance, String pluginId) {
        return "sync.cursor." + instance.value() + "." + pluginId;
    }

    String encode() {
        return "after=" + afterSourceId + ";open="
                + new TreeSet<>(openSourceIds).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static SyncCursor decode(String text) {
        try {
            String[] parts = text.split(";", -1);
            if (parts.length != 2 || !parts[0].startsWith("after=") || !parts[1].startsWith("open=")) {
                throw new IllegalArgumentException("expected after=<id>;open=<ids>");
            }
            long after = Long.parseLong(parts[0].substring("after=".length()));
            String open = parts[1].substring("open=".length());
            Set<Long> ids = open.isEmpty() ? Set.of()
                    : List.of(open.split(",")).stream().map(Long::valueOf).collect(Collectors.toSet());
            return new SyncCursor(after, ids);
        } catch (RuntimeException e) {
            throw new IllegalStateException("sync cursor '" + text + "' in system_config is damaged: " + e.getMessage()
                    + "; delete the row to make the next sync start from the beginning (it is idempotent)", e);
        }
    }

    /**
     * The cursor after a run that read {@code read}: the high mark moves up to the highest id
     * read, and the open set becomes exactly the read trades that are not closed. Every id of the
     * old open set was asked for, so one that closed (or vanished) drops out here.
     */
    public SyncCursor advancedBy(Collection<TradeSummary> read) {
        long after = afterSourceId;
        Set<Long> open = new TreeSet<>();
        for (TradeSummary trade : read) {
            after = Math.max(after, trade.sourceId());
            if (!trade.isFinal()) {
                open.add(trade.sourceId());
            }
        }
        return new SyncCursor(after, open);
    }
}
