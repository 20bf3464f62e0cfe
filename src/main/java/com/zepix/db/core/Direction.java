package com.zepix.db.core;

/** Trade direction: the "dir" columns. Stored as the constant's name. */
public enum Direction {
    BUY, SELL
}
