package com.zepix.db.ops.schema;

import com.zepix.db.core.DatabaseFile;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which of the three databases a file is, for restore and the drift check (verify knows: it opens
 * each by name). By its file name when it is a live file's; otherwise (a backup, a copy) by whose
 * tables it holds. Whether it holds exactly those tables is the schema comparison's business.
 */
public final class DatabaseIdentity {

    private DatabaseIdentity() {
    }

    /** @throws SchemaReviewException when neither the name nor the tables say, or the tables are of two databases */
    public static DatabaseFile of(Path file, SchemaModel schema) {
        String name = String.valueOf(file.getFileName());
        for (DatabaseFile db : DatabaseFile.values()) {
            if (db.fileName().equals(name)) {
                return db;
            }
        }
        List<DatabaseFile> candidates = Stream.of(DatabaseFile.values())
                .filter(db -> !Collections.disjoint(ExpectedSchema.latest(db).model().tables().keySet(),
                        schema.tables().keySet()))
                .toList();
        if (candidates.isEmpty()) {
            throw new SchemaReviewException(file + " holds none of the tables of the three databases (it has: "
                    + (schema.tables().isEmpty() ? "no tables" : String.join(", ", schema.tables().keySet())) + ")");
        }
        if (candidates.size() > 1) {
            throw new SchemaReviewException(file + " mixes tables of the "
                    + String.join(" and the ", candidates.stream().map(DatabaseFile::title).toList()));
        }
        return candidates.get(0);
    }
}
