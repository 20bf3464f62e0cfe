package com.zepix.db.cli;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.ops.schema.JarSchemaVersions;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the jar's version, the git commit it was built from (written into
 * {@code zepix-db-version.properties} by the build; "unknown" when built without git, e.g. from a
 * source tarball), and the schema version of each database its migrations produce.
 */
final class VersionInfo implements IVersionProvider {

    static final String UNKNOWN = "unknown";
    private static final String RESOURCE = "/zepix-db-version.properties";

    @Override
    public String[] getVersion() {
        List<String> lines = new ArrayList<>();
        lines.add("zepix-db " + jarVersion() + " (commit " + commit() + ")");
        for (DatabaseFile db : DatabaseFile.values()) {
            lines.add(String.format("  %-28s schema version %s", db.title(), JarSchemaVersions.latest(db)));
        }
        return lines.toArray(String[]::new);
    }

    static String jarVersion() {
        return property("version");
    }

    static String commit() {
        return property("commit");
    }

    /** A value the build did not fill in (a build without the resource filtering, an IDE) reads as unknown. */
    private static String property(String key) {
        Properties properties = new Properties();
        try (InputStream in = VersionInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return UNKNOWN;
        }
        String value = properties.getProperty(key, "").strip();
        return value.isEmpty() || value.contains("${") ? UNKNOWN : value;
    }
}
