package com.zepix.db.ops.json;

import com.zepix.db.ops.verify.VerifyFinding;
import com.zepix.db.ops.verify.VerifyReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code verify --json}: per file its schema version and the checks that failed. */
public record VerifyJson(int formatVersion, String command, boolean passed, List<File> files) {

    public static final int FORMAT_VERSION = 1;

    /**
     * @param file the file, or for a central on PostgreSQL its server and database
     * @param schemaVersion null when it could not be read
     */
    public record File(String file, String schemaVersion, boolean healthy, List<String> problems) {
    }

    public static VerifyJson of(VerifyReport report) {
        List<File> files = report.versions().entrySet().stream().map(e -> file(report, e)).toList();
        return new VerifyJson(FORMAT_VERSION, "verify", report.passed(), files);
    }

    private static File file(VerifyReport report, Map.Entry<String, String> e) {
        List<String> problems = report.findings().stream().filter(f -> f.location().equals(e.getKey()))
                .map(VerifyFinding::problem).toList();
        return new File(e.getKey(), e.getValue(), problems.isEmpty(), problems);
    }
}
