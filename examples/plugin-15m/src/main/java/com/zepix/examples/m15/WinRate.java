package com.zepix.examples.m15;

/**
 * How one symbol's closed 15m trades went.
 *
 * @param winRate percent of the closed trades with profit above zero
 */
public record WinRate(String symbol, int closedTrades, int winners, double winRate) {
}
