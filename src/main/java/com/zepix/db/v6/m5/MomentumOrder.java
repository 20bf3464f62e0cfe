package com.zepix.db.v6.m5;

/**
 * One order of a 5M momentum pair. Checked by {@link MomentumTradeOpen}, which knows whether it
 * is Order A or B and so which column an impossible value belongs to.
 */
public record MomentumOrder(long ticket, double lotSize, Double slPrice, Double tpPrice) {
}
