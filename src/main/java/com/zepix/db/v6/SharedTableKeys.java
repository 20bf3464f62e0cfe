package com.zepix.db.v6;

import com.zepix.db.core.DatabaseKey;
import org.jooq.Table;

/** The shared V6 tables are written through the calling plugin's own key, whichever of the four it is. */
final class SharedTableKeys {

    private SharedTableKeys() {
    }

    static DatabaseKey requireKeyFor(Table<?> table, DatabaseKey key) {
        if (key == null || !key.mayUse(table.getName())) {
            throw new IllegalArgumentException(
                    "key must be a V6 plugin's key to use " + table.getName() + ", was " + key);
        }
        return key;
    }
}
