package com.zepix.db.ops.init;

import java.util.List;

/** @param tightened the folder and files whose permissions init made owner-only, as "path: before -> after" */
public record InitReport(List<DatabaseInitResult> databases, LegacyReport legacy, List<String> tightened) {

    public InitReport(List<DatabaseInitResult> databases, LegacyReport legacy) {
        this(databases, legacy, List.of());
    }

    public boolean succeeded() {
        return databases.stream().allMatch(DatabaseInitResult::succeeded);
    }

    public boolean changedNothing() {
        return databases.stream().allMatch(d -> d.outcome() == DatabaseInitResult.Outcome.UP_TO_DATE
                && d.rollupDaysRebuilt() == 0);
    }

    public List<DatabaseInitResult> failures() {
        return databases.stream().filter(d -> !d.succeeded()).toList();
    }
}
