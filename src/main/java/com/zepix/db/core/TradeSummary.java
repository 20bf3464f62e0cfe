package com.zepix.db.core;

import java.time.LocalDateTime;

/**
 * One plugin trade as central aggregation sees it, whatever plugin it came from.
 *
 * @param sourceId the trade's id in its plugin's own table (drives the incremental sync)
 * @param mt5Ticket the aggregation key; null when the trade has no ticket at all (not aggregated)
 * @param lotSize total lots of the trade, both orders where it has two
 */
public record TradeSummary(
        long sourceId,
        Long mt5Ticket,
        String symbol,
        Direction direction,
        Double lotSize,
        LocalDateTime entryTime,
        LocalDateTime exitTime,
        Double profitDollars,
        TradeStatus status) {

    /** A dual-order trade's lots are both orders' together; null only when neither is known. */
    public static Double totalLots(Double orderA, Double orderB) {
        if (orderA == null && orderB == null) {
            return null;
        }
        return (orderA == null ? 0 : orderA) + (orderB == null ? 0 : orderB);
    }

    /**
     * The profit of a dual-order trade: its {@code total_profit_dollars} when recorded; else, as for a
     * trade still PARTIAL whose first order has banked its profit, the sum of the orders' recorded
     * profits; null only when none is recorded. Sync and the daily statistics both use this rule.
     */
    public static Double totalProfit(Double total, Double orderA, Double orderB) {
        if (total != null) {
            return total;
        }
        if (orderA == null && orderB == null) {
            return null;
        }
        return (orderA == null ? 0 : orderA) + (orderB == null ? 0 : orderB);
    }

    /** Whether the trade can no longer change: a sync need not read it again. */
    public boolean isFinal() {
        return status == TradeStatus.CLOSED;
    }
}
