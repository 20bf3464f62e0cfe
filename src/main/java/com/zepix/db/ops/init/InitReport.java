package com.zepix.db.ops.init;

import java.util.List;

public record InitReport(List<DatabaseInitResult> databases, LegacyReport legacy) {

    public boolean succeeded() {
        return databases.stream().allMatch(DatabaseInitResult::succeeded);
    }

    public boolean changedNothing() {
        return databases.stream().allMatch(d -> d.outcome() == DatabaseInitResult.Outcome.UP_TO_DATE);
    }

    public List<DatabaseInitResult> failures() {
        return databases.stream().filter(d -> !d.succeeded()).toList();
    }
}
