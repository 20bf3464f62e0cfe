package com.zepix.db.core;

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
 * subclass names its own table, so this class names none.
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

    /** The plugin's own rule for which ticket keys the trade and how its lots add up. */
    protected abstract TradeSummary summary(R trade);

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
    public final List<TradeSummary> changedSince(DatabaseService db, long afterSourceId,
            Collection<Long> openSourceIds) {
        return db.read(key, ctx -> {
            Map<Long, TradeSummary> byId = new TreeMap<>();
            ctx.selectFrom(table).where(id.gt(afterSourceId)).forEach(r -> add(byId, r));
            for (List<Long> batch : SourceIdBatches.of(openSourceIds)) {
                ctx.selectFrom(table).where(id.in(batch)).forEach(r -> add(byId, r));
            }
            return new ArrayList<>(byId.values());
        });
    }

    @Override
    public final List<TradeSummary> enteredBetween(DatabaseService db, LocalDateTime from, LocalDateTime to) {
        return db.read(key, ctx -> ctx.selectFrom(table)
                .where(entryTime.ge(from).and(entryTime.lt(to)))
                .orderBy(id)
                .fetch(this::summary));
    }

    private void add(Map<Long, TradeSummary> byId, R trade) {
        TradeSummary summary = summary(trade);
        byId.put(summary.sourceId(), summary);
    }
}
