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
        return List.of(new V3TradeSource(), new ScalpingTradeSource(), new MomentumTradeSource(),
                new IntradayTradeSource(), new SwingTradeSource());
    }
}
