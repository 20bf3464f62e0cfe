package com.zepix.db.ops.schema;

import com.zepix.db.core.DatabaseFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Build step: writes {@code generated/schema/<db>.sql} and the schema document
 * {@code generated/schema/README.md} ({@link SchemaDocs}) from the scratch databases that Flyway
 * migrated for codegen, so the committed snapshots, the document and the generated classes come
 * from one source.
 */
public final class SchemaSnapshotWriter {

    private SchemaSnapshotWriter() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SchemaSnapshotWriter <scratch-db-dir> <output-dir>");
        }
        Path scratchDir = Path.of(args[0]);
        Path outDir = Path.of(args[1]);
        Files.createDirectories(outDir);
        Map<DatabaseFile, SchemaModel> schemas = new EnumMap<>(DatabaseFile.class);
        for (DatabaseFile file : DatabaseFile.values()) {
            Path scratch = scratchDir.resolve(file.schemaFolder() + ".db");
            if (!Files.isRegularFile(scratch)) {
                throw new IllegalStateException("scratch database " + scratch + " is missing: did Flyway run?");
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + scratch + "?mode=ro")) {
                String header = "-- " + file.title() + " (" + file.fileName() + "): normalised schema snapshot.\n"
                        + "-- Written by the build from schema/" + file.schemaFolder()
                        + "/; do not edit. Rebuild and commit it with the migration.\n\n";
                SchemaModel schema = SchemaReader.read(c);
                writeIfChanged(outDir.resolve(file.schemaFolder() + ".sql"), header + SchemaSnapshot.of(schema));
                schemas.put(file, schema);
            }
        }
        writeIfChanged(outDir.resolve("README.md"), SchemaDocs.render(schemas));
    }

    /** Leaves an unchanged file alone, so a rebuild touches nothing it need not. */
    static void writeIfChanged(Path target, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
            return;
        }
        Files.write(target, bytes);
    }
}
