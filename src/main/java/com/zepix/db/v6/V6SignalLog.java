package com.zepix.db.v6;

import static com.zepix.db.core.ValueChecks.between;
import static com.zepix.db.core.ValueChecks.notBlank;
import static com.zepix.db.core.ValueChecks.notNull;
import static com.zepix.db.v6.jooq.tables.V6SignalsLog.V6_SIGNALS_LOG;

import com.zepix.db.core.PluginDatabase;
import com.zepix.db.core.V6PluginTarget;
import com.zepix.db.v6.jooq.tables.pojos.V6SignalsLog;
import java.util.List;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * Every V6 signal received, with what became of it ({@code v6_signals_log}). Works through the
 * calling plugin's own handle; the received time takes the schema's default.
 */
public final class V6SignalLog {

    /** The most rows one {@code findRecent...} call returns. */
    public static final int MAX_LIMIT = 10_000;

    private final PluginDatabase db;

    /**
     * A log over any V6 plugin's handle, e.g. {@code db.plugin(DatabaseKey.V6_PRICE_ACTION_15M)}:
     * the table is shared by all four.
     *
     * @throws IllegalArgumentException if the handle is not a V6 plugin's
     */
    public V6SignalLog(PluginDatabase v6) {
        this.db = v6.requireAccessTo(V6_SIGNALS_LOG);
    }

    /** A signal that was acted on; returns its log id. */
    public long logProcessed(V6Signal signal, boolean tradePlaced) {
        notNull("signal", signal);
        return insert(signal, true, tradePlaced, null);
    }

    /** A signal that was not acted on, and why; returns its log id. */
    public long logSkipped(V6Signal signal, String skipReason) {
        notNull("signal", signal);
        notBlank("skip_reason", skipReason);
        return insert(signal, false, false, skipReason);
    }

    /** The newest signals first, whatever their target. */
    public List<V6SignalsLog> findRecent(int limit) {
        return recent(DSL.noCondition(), limit);
    }

    /** The newest signals first that reached {@code target}: addressed to it or to all plugins. */
    public List<V6SignalsLog> findRecentFor(V6PluginTarget target, int limit) {
        notNull("plugin_target", target);
        return recent(V6_SIGNALS_LOG.PLUGIN_TARGET.eq(target).or(V6_SIGNALS_LOG.PLUGIN_TARGET.isNull()), limit);
    }

    private long insert(V6Signal signal, boolean processed, boolean tradePlaced, String skipReason) {
        return db.writeAndGet(ctx -> {
            return ctx.insertInto(V6_SIGNALS_LOG)
                    .set(V6_SIGNALS_LOG.SIGNAL_TYPE, signal.signalType())
                    .set(V6_SIGNALS_LOG.PLUGIN_TARGET, signal.target())
                    .set(V6_SIGNALS_LOG.SYMBOL, signal.symbol())
                    .set(V6_SIGNALS_LOG.TIMEFRAME, signal.timeframe())
                    .set(V6_SIGNALS_LOG.ADX, signal.adx())
                    .set(V6_SIGNALS_LOG.CONFIDENCE_SCORE, signal.confidenceScore())
                    .set(V6_SIGNALS_LOG.SIGNAL_JSON, signal.signalJson())
                    .set(V6_SIGNALS_LOG.PROCESSED, processed)
                    .set(V6_SIGNALS_LOG.TRADE_PLACED, tradePlaced)
                    .set(V6_SIGNALS_LOG.SKIP_REASON, skipReason)
                    .returning(V6_SIGNALS_LOG.ID)
                    .fetchSingle(V6_SIGNALS_LOG.ID);
        });
    }

    private List<V6SignalsLog> recent(Condition condition, int limit) {
        between("limit", limit, 1, MAX_LIMIT);
        return db.read(ctx -> ctx.selectFrom(V6_SIGNALS_LOG)
                .where(condition)
                .orderBy(V6_SIGNALS_LOG.RECEIVED_TIME.desc(), V6_SIGNALS_LOG.ID.desc())
                .limit(limit)
                .fetchInto(V6SignalsLog.class));
    }
}
