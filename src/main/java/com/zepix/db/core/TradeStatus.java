package com.zepix.db.core;

/** Status of a trade that can be partly closed (V3, V6 5m, aggregated). Stored as the constant's name. */
public enum TradeStatus {
    OPEN, PARTIAL, CLOSED
}
