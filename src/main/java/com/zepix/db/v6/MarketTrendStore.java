package com.zepix.db.v6;

import static com.zepix.db.core.ValueChecks.notBlank;
import static com.zepix.db.core.ValueChecks.notNull;
import static com.zepix.db.v6.jooq.tables.MarketTrends.MARKET_TRENDS;

import com.zepix.db.core.PluginDatabase;
import com.zepix.db.core.UtcTimestamps;
import com.zepix.db.v6.jooq.tables.pojos.MarketTrends;
import com.zepix.db.v6.jooq.tables.records.MarketTrendsRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.SQLDataType;

/**
 * The Trend Pulse state every V6 plugin reads ({@code market_trends}): one row per symbol and
 * timeframe, replaced by each pulse. Works through the calling plugin's own handle.
 */
public final class MarketTrendStore {

    private final PluginDatabase db;

    /**
     * A store over any V6 plugin's handle, e.g. {@code db.plugin(DatabaseKey.V6_PRICE_ACTION_15M)}:
     * the table is shared by all four.
     *
     * @throws IllegalArgumentException if the handle is not a V6 plugin's
     */
    public MarketTrendStore(PluginDatabase v6) {
        this.db = v6.requireAccessTo(MARKET_TRENDS);
    }

    /** Inserts or replaces the pair's row, stamped with the current UTC time; returns the stored row. */
    public MarketTrends upsert(MarketTrendUpdate update) {
        notNull("update", update);
        return db.writeAndGet(ctx -> {
            MarketTrendsRecord row = ctx.newRecord(MARKET_TRENDS);
            row.setSymbol(update.symbol());
            row.setTimeframe(update.timeframe());
            row.setBullCount(update.bullCount());
            row.setBearCount(update.bearCount());
            row.setMarketState(update.marketState());
            row.setChanges(update.changes());
            row.setLastUpdated(UtcTimestamps.now());
            ctx.insertInto(MARKET_TRENDS).set(row)
                    .onConflict(MARKET_TRENDS.SYMBOL, MARKET_TRENDS.TIMEFRAME)
                    .doUpdate().set(row)
                    .execute();
            // Read back rather than rely on RETURNING from the update branch of an upsert.
            return select(ctx, update.symbol(), update.timeframe()).orElseThrow();
        });
    }

    /** The row of this symbol and timeframe, or empty if no pulse stored one. */
    public Optional<MarketTrends> find(String symbol, String timeframe) {
        notBlank("symbol", symbol);
        MarketTrendUpdate.requireTimeframe(timeframe);
        return db.read(ctx -> select(ctx, symbol, timeframe));
    }

    /** All timeframes of one symbol, shortest first. */
    public List<MarketTrends> findBySymbol(String symbol) {
        notBlank("symbol", symbol);
        return db.read(ctx -> ctx.selectFrom(MARKET_TRENDS)
                .where(MARKET_TRENDS.SYMBOL.eq(symbol))
                .orderBy(MARKET_TRENDS.TIMEFRAME.cast(SQLDataType.INTEGER))
                .fetchInto(MarketTrends.class));
    }

    private static Optional<MarketTrends> select(DSLContext ctx, String symbol, String timeframe) {
        return ctx.selectFrom(MARKET_TRENDS)
                .where(MARKET_TRENDS.SYMBOL.eq(symbol), MARKET_TRENDS.TIMEFRAME.eq(timeframe))
                .fetchOptionalInto(MarketTrends.class);
    }
}
