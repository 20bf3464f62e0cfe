package com.zepix.db.v3;

import static com.zepix.db.v3.jooq.Tables.V3_SIGNALS_LOG;

import com.zepix.db.core.JdbcBatch;
import com.zepix.db.core.PluginDatabase;
import com.zepix.db.core.RenderedInsert;
import com.zepix.db.core.ValueChecks;
import com.zepix.db.v3.jooq.tables.pojos.V3SignalsLog;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * Every V3 signal received ({@code v3_signals_log}), whether it placed a trade, was processed
 * without one, or was skipped. A signal that placed a trade is logged by
 * {@link V3TradeStore#open(NewDualTrade, V3Signal)}, in the trade's own transaction.
 */
public final class V3SignalLog {

    /** Rows per JDBC batch: bounds the memory a huge import holds at once. */
    private static final int ROWS_PER_BATCH = 10_000;

    /** The most rows {@link #findRecent(int)} returns. */
    public static final int MAX_LIMIT = 10_000;

    private final PluginDatabase db;

    /**
     * A log over the V3 plugin's handle, {@code db.plugin(DatabaseKey.V3_COMBINED)}.
     *
     * @throws IllegalArgumentException if the handle is another key's
     */
    public V3SignalLog(PluginDatabase v3) {
        this.db = v3.requireAccessTo(V3_SIGNALS_LOG);
    }

    /**
     * Logs a signal that was acted on but placed no trade (a trend update, say).
     *
     * @return the new log row's id
     */
    public long logProcessed(V3Signal signal) {
        return db.writeAndGet(ctx -> insert(ctx, signal, true, null, null));
    }

    /**
     * Logs a signal that was not acted on, and why.
     *
     * @return the new log row's id
     */
    public long logSkipped(V3Signal signal, String reason) {
        ValueChecks.notNull("signal", signal);
        ValueChecks.notBlank("skip_reason", reason);
        return db.writeAndGet(ctx -> insert(ctx, signal, false, null, reason));
    }

    /**
     * Logs many processed signals in one transaction (a bulk import or a backlog replay): one
     * prepared insert executed as JDBC batches. All of them are stored, or none.
     *
     * @return how many rows were written
     */
    public int logAllProcessed(List<V3Signal> signals) {
        ValueChecks.notNull("signals", signals);
        signals.forEach(s -> ValueChecks.notNull("signal", s));
        return db.writeAndGet(ctx -> {
            int written = 0;
            try (JdbcBatch batch = JdbcBatch.prepare(ctx, rows -> insert(ctx, rows), V3_SIGNALS_LOG, List.of(
                    V3_SIGNALS_LOG.SIGNAL_TYPE, V3_SIGNALS_LOG.SYMBOL, V3_SIGNALS_LOG.DIRECTION,
                    V3_SIGNALS_LOG.TIMEFRAME, V3_SIGNALS_LOG.CONSENSUS_SCORE, V3_SIGNALS_LOG.SIGNAL_JSON,
                    V3_SIGNALS_LOG.PROCESSED, V3_SIGNALS_LOG.TRADE_PLACED))) {
                for (int from = 0; from < signals.size(); from += ROWS_PER_BATCH) {
                    for (V3Signal s : signals.subList(from, Math.min(signals.size(), from + ROWS_PER_BATCH))) {
                        batch.add(s.signalType(), s.symbol(), s.direction(), s.timeframe(), s.consensusScore(),
                                s.json(), true, false);
                    }
                    written += batch.execute();
                }
            }
            return written;
        });
    }

    /** The insert of {@code rows} signals, as placeholders. */
    private static Query insert(DSLContext ctx, int rows) {
        var insert = ctx.insertInto(V3_SIGNALS_LOG, V3_SIGNALS_LOG.SIGNAL_TYPE, V3_SIGNALS_LOG.SYMBOL,
                V3_SIGNALS_LOG.DIRECTION, V3_SIGNALS_LOG.TIMEFRAME, V3_SIGNALS_LOG.CONSENSUS_SCORE,
                V3_SIGNALS_LOG.SIGNAL_JSON, V3_SIGNALS_LOG.PROCESSED, V3_SIGNALS_LOG.TRADE_PLACED);
        for (int i = 0; i < rows; i++) {
            insert = insert.values((String) null, null, null, null, null, null, null, null);
        }
        return insert;
    }

    /** The newest {@code limit} signals (1 to {@value #MAX_LIMIT}), newest first. */
    public List<V3SignalsLog> findRecent(int limit) {
        ValueChecks.between("limit", limit, 1, MAX_LIMIT);
        return db.read(ctx -> ctx.selectFrom(V3_SIGNALS_LOG)
                .orderBy(V3_SIGNALS_LOG.ID.desc()).limit(limit).fetchInto(V3SignalsLog.class));
    }

    /** The columns {@link #insert(DSLContext, V3Signal, boolean, Long, String)} writes, in their order. */
    private static final RenderedInsert<Long> INSERT = RenderedInsert.of(V3_SIGNALS_LOG, V3_SIGNALS_LOG.ID, List.of(
            V3_SIGNALS_LOG.SIGNAL_TYPE, V3_SIGNALS_LOG.SYMBOL, V3_SIGNALS_LOG.DIRECTION, V3_SIGNALS_LOG.TIMEFRAME,
            V3_SIGNALS_LOG.CONSENSUS_SCORE, V3_SIGNALS_LOG.SIGNAL_JSON, V3_SIGNALS_LOG.PROCESSED,
            V3_SIGNALS_LOG.TRADE_PLACED, V3_SIGNALS_LOG.TRADE_ID, V3_SIGNALS_LOG.SKIP_REASON));

    /**
     * Inside the caller's transaction, so a trade and the signal that placed it commit together.
     * Rendered once ({@link RenderedInsert}): a signal is the one write the bot makes many times a
     * minute, each in its own durable transaction.
     */
    static long insert(DSLContext ctx, V3Signal signal, boolean processed, Long tradeId, String skipReason) {
        ValueChecks.notNull("signal", signal);
        return INSERT.insert(ctx, signal.signalType(), signal.symbol(), signal.direction(), signal.timeframe(),
                signal.consensusScore(), signal.json(), processed, tradeId != null, tradeId, skipReason);
    }
}
