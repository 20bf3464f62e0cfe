package com.zepix.db.ops.schema;

/**
 * A migration file that differs between the two sides of a comparison.
 *
 * @param file the path below {@code schema/<db>/}, e.g. {@code V2__add_adx_filter.sql}
 * @param detail what differs, where there is more to say than the kind (e.g. Flyway's checksum message); or null
 */
public record MigrationFileChange(String file, Kind kind, String detail) {

    public enum Kind {
        ADDED, REMOVED, CHANGED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
