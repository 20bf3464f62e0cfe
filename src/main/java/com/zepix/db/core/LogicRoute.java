package com.zepix.db.core;

/** V3 logic route. Stored as the constant's name. */
public enum LogicRoute {
    LOGIC1, LOGIC2, LOGIC3
}
