package com.zepix.db.core;

/** Severity of a system event. Stored as the constant's name. */
public enum Severity {
    INFO, WARNING, ERROR, CRITICAL
}
