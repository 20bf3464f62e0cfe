package com.zepix.db.core;

/** Status of one order, and of the single-order V6 trades (1m, 15m, 1h). Stored as the constant's name. */
public enum OrderStatus {
    OPEN, CLOSED
}
