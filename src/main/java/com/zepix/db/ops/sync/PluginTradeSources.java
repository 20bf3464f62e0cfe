package com.zepix.db.ops.sync;

import com.zepix.db.core.TradeSource;
import com.zepix.db.v3.V3TradeSource;
import com.zepix.db.v6.h1.SwingTradeSource;
import com.zepix.db.v6.m1.ScalpingTradeSource;
import com.zepix.db.v6.m15.IntradayTradeSource;
import com.zepix.db.v6.m5.MomentumTradeSource;
import java.util.List;

/**
 * The composition root of aggregation: which plugins feed central. Central itself knows only
 * {@link TradeSource}; this is the one place that names the plugins' implementations.
 */
public final class PluginTradeSources {

    private PluginTradeSources() {
    }

    public static List<TradeSource> all() {
        List<TradeSource> all = new java.util.ArrayList<>();
        all.add(new V3TradeSource());
        all.addAll(v6());
        return List.copyOf(all);
    }

    /** The four V6 timeframes, which share one file and one daily statistics table. */
    public static List<TradeSource> v6() {
        return List.of(new ScalpingTradeSource(), new MomentumTradeSource(), new IntradayTradeSource(),
                new SwingTradeSource());
    }
}
