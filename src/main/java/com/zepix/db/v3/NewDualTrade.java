package com.zepix.db.v3;

import com.zepix.db.core.Direction;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.ValueChecks;
import java.util.Set;

/** What the V3 plugin knows when it places a dual-order entry. Invalid values fail here, naming the field. */
public record NewDualTrade(
        Long parentTicket,
        String symbol,
        Direction direction,
        double entryPrice,
        String signalType,
        String signalTimeframe,
        Integer consensusScore,
        Double positionMultiplier,
        MtfTrends trends,
        LogicRoute logicRoute,
        DualOrder orderA,
        DualOrder orderB,
        String notes) {

    private static final Set<String> SIGNAL_TIMEFRAMES = Set.of("5", "15", "60", "240");

    public NewDualTrade {
        ValueChecks.ticketOrNull("mt5_parent_ticket", parentTicket);
        ValueChecks.notBlank("symbol", symbol);
        ValueChecks.notNull("direction", direction);
        ValueChecks.positive("entry_price", entryPrice);
        ValueChecks.notBlank("signal_type", signalType);
        if (signalTimeframe != null && !SIGNAL_TIMEFRAMES.contains(signalTimeframe)) {
            throw new IllegalArgumentException("signal_timeframe must be one of " + SIGNAL_TIMEFRAMES
                    + ", was '" + signalTimeframe + "'");
        }
        ValueChecks.betweenOrNull("consensus_score", consensusScore, 0, 9);
        if (positionMultiplier != null) {
            ValueChecks.aboveAndAtMost("position_multiplier", positionMultiplier, 0, 1);
        }
        trends = trends == null ? MtfTrends.UNKNOWN : trends;
        ValueChecks.notNull("logic_route", logicRoute);
        ValueChecks.notNull("order_a", orderA);
        ValueChecks.notNull("order_b", orderB);
    }

    /** The ticket that links the pair and keys the trade in central aggregation. */
    public Long aggregationTicket() {
        return parentTicket != null ? parentTicket : orderA.ticket();
    }
}
