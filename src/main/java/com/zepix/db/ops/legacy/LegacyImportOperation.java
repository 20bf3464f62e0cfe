package com.zepix.db.ops.legacy;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.SqliteConnections;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.core.ZepixDbException;
import com.zepix.db.ops.ProgressListener;
import com.zepix.db.ops.files.BadPathException;
import com.zepix.db.ops.init.LegacyDatabase;
import com.zepix.db.v3.V3LegacyImportStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code import-legacy}: brings the legacy {@code trading_bot.db}'s trades into
 * {@code combined_v3_trades}, where sync, stats and the dashboard see them. The legacy file is only
 * read ({@link LegacyTradesFile}); rows are checked ({@link LegacyRowParser}), paired
 * ({@link LegacyPairing}), turned into V3 trades ({@link LegacyTradeMapping}) and written in batches,
 * each batch one transaction with the links to its legacy rows ({@link V3LegacyImportStore}).
 *
 * <p>Re-runs and resumes: the plan is made from the whole file every time, so it is the same every
 * time; trades whose legacy rows are all linked already are left alone, and the rest are written.
 */
public final class LegacyImportOperation {

    static final int BATCH = 1_000;
    private static final String IMPORTING = "importing legacy trades";

    private final Path dataDir;
    private final Path legacyFile;
    private final ProgressListener progress;

    /**
     * @param legacyFile null for the data folder's {@code trading_bot.db}
     * @param progress null for none
     */
    public LegacyImportOperation(Path dataDir, Path legacyFile, ProgressListener progress) {
        this.dataDir = dataDir;
        this.legacyFile = legacyFile != null ? legacyFile : LegacyDatabase.in(dataDir);
        this.progress = progress;
    }

    public LegacyImportReport run(boolean dryRun) {
        long start = System.nanoTime();
        requireLegacyFile();
        try (DatabaseService db = DatabaseService.open(dataDir, SqliteSettings.durable(), EnumSet.of(DatabaseFile.V3))) {
            V3LegacyImportStore store = new V3LegacyImportStore(db.plugin(DatabaseKey.V3_COMBINED));
            List<SkippedRow> skipped = new ArrayList<>();
            List<LegacyOrder> orders = new ArrayList<>();
            // Each row is parsed as it is read and only its order kept: the rows' raw values (a map
            // of up to 33 boxed values each) were most of the import's memory when all were held.
            LegacyTradesFile.Scan contents = LegacyTradesFile.read(legacyFile, progress, row -> {
                LegacyRowParser.Parsed parsed = LegacyRowParser.parse(row);
                if (parsed.ok()) {
                    orders.add(parsed.order());
                } else {
                    skipped.addAll(parsed.problems());
                }
            });
            Map<Long, Long> imported = store.importedLegacyIds();
            requireTheFileImportedEarlier(orders, store.importedTickets());
            Map<Long, Long> ticketsInUse = store.ticketsInUse();
            LegacyPairing.LatestSaves latest = LegacyPairing.latestSaves(orders);
            skipped.addAll(latest.conflicting());
            // A ticket a V3 trade already holds, other than through this import's link to that very
            // row, cannot be imported again: order tickets are UNIQUE in combined_v3_trades.
            List<LegacyOrder> importable = new ArrayList<>();
            for (LegacyOrder o : latest.orders()) {
                if (!imported.containsKey(o.legacyId()) && ticketsInUse.containsKey(o.ticket())) {
                    skipped.add(ticketTaken(o, ticketsInUse.get(o.ticket()), imported));
                } else {
                    importable.add(o);
                }
            }
            List<PlannedTrade> planned = LegacyPairing.pair(importable);

            List<PlannedTrade> toImport = new ArrayList<>();
            int alreadyImported = 0;
            for (PlannedTrade t : planned) {
                boolean aDone = t.orderA() != null && imported.containsKey(t.orderA().legacyId());
                boolean bDone = t.orderB() != null && imported.containsKey(t.orderB().legacyId());
                if ((t.orderA() == null || aDone) && (t.orderB() == null || bDone)) {
                    alreadyImported++;
                } else if (aDone || bDone) {
                    // The file gained a partner for an order imported earlier on its own: the new
                    // order comes in on its own too, since the earlier trade is not rewritten.
                    toImport.add(aDone ? new PlannedTrade(null, t.orderB()) : new PlannedTrade(t.orderA(), null));
                } else {
                    toImport.add(t);
                }
            }
            int importedTrades = 0;
            int importedRows = 0;
            if (!dryRun) {
                for (int from = 0; from < toImport.size(); from += BATCH) {
                    List<PlannedTrade> batch = toImport.subList(from, Math.min(toImport.size(), from + BATCH));
                    store.importTrades(batch.stream().map(LegacyTradeMapping::toV3).toList());
                    importedTrades += batch.size();
                    importedRows += batch.stream().mapToInt(t -> t.isPair() ? 2 : 1).sum();
                    if (progress != null) {
                        progress.progress(IMPORTING, importedTrades, toImport.size());
                    }
                }
                if (progress != null) {
                    progress.finished(IMPORTING);
                }
            }
            skipped.sort(java.util.Comparator.comparingLong(SkippedRow::legacyId));
            Set<Long> skippedIds = new HashSet<>();
            skipped.forEach(s -> skippedIds.add(s.legacyId()));
            List<LocalDate> days = toImport.stream().map(t -> t.first().openTime().toLocalDate()).sorted().toList();
            return new LegacyImportReport(legacyFile, dryRun, Math.toIntExact(contents.rows()), contents.missingColumns(),
                    toImport.stream().map(TradePlan::of).toList(), alreadyImported, importedTrades, importedRows,
                    List.copyOf(skipped), skippedIds.size(), latest.superseded(), days.isEmpty() ? null : days.get(0),
                    days.isEmpty() ? null : days.get(days.size() - 1), (System.nanoTime() - start) / 1_000_000);
        }
    }

    private void requireLegacyFile() {
        if (!Files.exists(legacyFile)) {
            throw new BadPathException("no legacy database at " + legacyFile + " (give its path with --legacy FILE)");
        }
        if (Files.isDirectory(legacyFile)) {
            throw new BadPathException(legacyFile + " is a folder, not a legacy trading_bot.db file");
        }
        if (Files.isRegularFile(legacyFile) && size(legacyFile) == 0) {
            throw new BadPathException(legacyFile + " is an empty file (0 bytes), not a legacy trading_bot.db");
        }
        if (!Files.isRegularFile(legacyFile) || !SqliteConnections.isSqliteFile(legacyFile)) {
            throw new BadPathException(legacyFile + " is not a SQLite database (wrong file header)");
        }
        for (DatabaseFile db : DatabaseFile.values()) {
            if (sameFile(db.in(dataDir), legacyFile)) {
                throw new BadPathException(legacyFile + " is the " + db.title() + ", not a legacy trading_bot.db");
            }
        }
    }

    /**
     * Links are kept by legacy row id alone (one legacy file per data folder): another file's rows
     * of the same ids would be taken for imported and silently left out. A row whose id is linked
     * to an order with another ticket tells that this is not the file imported before.
     */
    private void requireTheFileImportedEarlier(List<LegacyOrder> orders, Map<Long, Long> importedTickets) {
        if (importedTickets.isEmpty()) {
            return;
        }
        long clashes = 0;
        LegacyOrder first = null;
        for (LegacyOrder o : orders) {
            Long ticket = importedTickets.get(o.legacyId());
            if (ticket != null && ticket != o.ticket()) {
                clashes++;
                if (first == null) {
                    first = o;
                }
            }
        }
        if (first != null) {
            throw new ZepixDbException(legacyFile + " is not the legacy file imported into " + DatabaseFile.V3.in(dataDir)
                    + " before: its legacy id " + first.legacyId() + " holds ticket " + first.ticket()
                    + ", the imported legacy id " + first.legacyId() + " ticket " + importedTickets.get(first.legacyId())
                    + " (" + clashes + " such row" + (clashes == 1 ? "" : "s") + "); one data folder takes one legacy"
                    + " file, nothing was imported");
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static SkippedRow ticketTaken(LegacyOrder o, long tradeId, Map<Long, Long> imported) {
        List<Long> from = imported.entrySet().stream().filter(e -> e.getValue() == tradeId).map(Map.Entry::getKey)
                .sorted().toList();
        String holder = from.isEmpty() ? "V3 trade id " + tradeId + ", which this import did not make"
                : "V3 trade id " + tradeId + ", imported earlier from legacy id " + from.get(0);
        return new SkippedRow(o.legacyId(), "trade_id", String.valueOf(o.ticket()), "the ticket already belongs to " + holder);
    }
}
