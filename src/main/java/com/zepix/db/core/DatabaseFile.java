package com.zepix.db.core;

import java.nio.file.Path;

/** The three physical SQLite files of the V5 architecture, and where each one's migrations live. */
public enum DatabaseFile {
    V3("v3", "zepix_combined_v3.db", "V3 Combined Logic Database"),
    V6("v6", "zepix_price_action.db", "V6 Price Action Database"),
    CENTRAL("central", "zepix_bot.db", "Central System Database");

    private final String schemaFolder;
    private final String fileName;
    private final String title;

    DatabaseFile(String schemaFolder, String fileName, String title) {
        this.schemaFolder = schemaFolder;
        this.fileName = fileName;
        this.title = title;
    }

    /** Folder under {@code schema/} (and under the jar's {@code schema/}) holding the migrations. */
    public String schemaFolder() {
        return schemaFolder;
    }

    /** The file's name in the data folder, e.g. {@code zepix_price_action.db}. */
    public String fileName() {
        return fileName;
    }

    /** The name the architecture document gives the database, e.g. {@code V6 Price Action Database}. */
    public String title() {
        return title;
    }

    /** Where this database lives in {@code dataDir}. */
    public Path in(Path dataDir) {
        return dataDir.resolve(fileName);
    }

    /** Flyway location of the packaged migrations: the very files the build generated code from. */
    public String classpathLocation() {
        return "classpath:schema/" + schemaFolder;
    }
}
