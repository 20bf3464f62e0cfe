package com.zepix.db.ops.legacy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@code import-legacy} did, or in a dry run would do.
 *
 * @param legacyRows rows in the legacy {@code trades} table
 * @param missingColumns the schema's columns the legacy file lacks (an older bot's file)
 * @param trades the trades this run makes (a dry run: would make), pairs and singles
 * @param alreadyImported trades made by an earlier run from these rows, left as they are
 * @param importedTrades trades written by this run (0 in a dry run)
 * @param importedRows legacy rows linked by this run
 * @param skipped why each skipped row was skipped; a row can have several entries, one per bad value
 * @param skippedRows legacy rows skipped, each counted once
 * @param resaved earlier saves of an order the legacy bot saved again (same ticket): the latest save
 *     is the order, these are not imported; not a problem, so not counted as skipped
 * @param firstDay the first UTC entry day among this run's trades, null when it makes none
 * @param lastDay the last such day
 */
public record LegacyImportReport(Path legacyFile, boolean dryRun, int legacyRows, List<String> missingColumns,
        List<TradePlan> trades, int alreadyImported, int importedTrades, int importedRows, List<SkippedRow> skipped,
        int skippedRows, List<SkippedRow> resaved, LocalDate firstDay, LocalDate lastDay, long millis) {

    public long pairs() {
        return trades.stream().filter(t -> t.kind().equals("pair")).count();
    }

    public long singles() {
        return trades.size() - pairs();
    }

    public long singles(String kind) {
        return trades.stream().filter(t -> t.kind().equals(kind)).count();
    }

    public long assumedRoutes() {
        return trades.stream().filter(TradePlan::logicRouteAssumed).count();
    }
}
