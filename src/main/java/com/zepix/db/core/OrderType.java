package com.zepix.db.core;

/** Which order of a V3 dual-order pair a profit booking closes. Stored as the constant's name. */
public enum OrderType {
    ORDER_A, ORDER_B
}
