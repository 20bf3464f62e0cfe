package com.zepix.db.cli;

/** Flyway history rows that tests add to make a database look migrated by another version. */
final class TestHistory {

    /** A migration V999 that this version does not have: what a newer zepix-db would have applied. */
    static final String FUTURE_MIGRATION = "INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
            + " script, checksum, installed_by, execution_time, success)"
            + " VALUES (999, '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 12345, 'test', 1, 1)";

    private TestHistory() {
    }
}
