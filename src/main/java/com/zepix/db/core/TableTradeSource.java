package com.zepix.db.core;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * A {@link TradeSource} over one plugin trades table: the reading is the same for every plugin,
 * only the table and the rule that turns a row into a {@link TradeSummary} differ. Each plugin's
 * subclass names its own table, so this class names none. Rows are read through
 * {@link CheckedRows}: a row that cannot be read fails the read with an exception naming it.
 */
public abstract class TableTradeSource<R extends Record> implements TradeSource {

    private final String pluginId;
    private final PluginType pluginType;
    private final DatabaseKey key;
    private final Table<R> table;
    private final TableField<R, Long> id;
    private final TableField<R, LocalDateTime> entryTime;

    protected TableTradeSource(String pluginId, PluginType pluginType, DatabaseKey key, Table<R> table,
            TableField<R, Long> id, TableField<R, LocalDateTime> entryTime) {
        this.pluginId = pluginId;
        this.pluginType = pluginType;
        this.key = key;
        this.table = table;
        this.id = id;
        this.entryTime = entryTime;
    }

    /**
     * The plugin's own rule for which ticket keys the trade and how its lots add up, reading only
     * {@link #summaryFields} of {@code trade} (a full row of the table, or just those columns).
     */
    protected abstract TradeSummary summary(Record trade);

    /**
     * The columns {@link #summary} reads (the id among them): the sync reads only these, since
     * reading every column of a long history costs more than writing the summaries.
     */
    protected abstract List<TableField<R, ?>> summaryFields();

    @Override
    public final String pluginId() {
        return pluginId;
    }

    @Override
    public final PluginType pluginType() {
        return pluginType;
    }

    @Override
    public final DatabaseKey key() {
        return key;
    }

    @Override
    public final List<TradeSummary> changedSince(PluginDatabase own, long afterSourceId,
            Collection<Long> openSourceIds) {
        Path file = own.requireKey(key).file();
        List<TableField<R, ?>> fields = summaryFields();
        return own.read(ctx -> {
            // only the summary's columns: reading every column of a long history costs more than the writing
            Map<Long, TradeSummary> byId = new TreeMap<>();
            CheckedRows.read(ctx, file, table, id, id.gt(afterSourceId), fields, this::summary)
                    .forEach(t -> add(byId, t));
            for (List<Long> batch : SourceIdBatches.of(openSourceIds)) {
                CheckedRows.read(ctx, file, table, id, id.in(batch), fields, this::summary).forEach(t -> add(byId, t));
            }
            return new ArrayList<>(byId.values());
        });
    }

    @Override
    public final List<TradeSummary> enteredBetween(PluginDatabase own, LocalDateTime from, LocalDateTime to) {
        Path file = own.requireKey(key).file();
        return own.read(ctx -> CheckedRows.read(ctx, file, table, id,
                entryTime.ge(from).and(entryTime.lt(to)), this::summary));
    }

    private static void add(Map<Long, TradeSummary> byId, TradeSummary summary) {
        byId.put(summary.sourceId(), summary);
    }
}
