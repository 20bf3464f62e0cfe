package com.zepix.db.ops.verify;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * @param versions each checked file and the schema version it holds (null when unknown)
 * @param findings the checks that failed, in the order they ran
 */
public record VerifyReport(Map<Path, String> versions, List<VerifyFinding> findings) {

    public boolean passed() {
        return findings.isEmpty();
    }

    public boolean isHealthy(Path file) {
        return findings.stream().noneMatch(f -> f.file().equals(file));
    }

    public long unhealthyFiles() {
        return findings.stream().map(VerifyFinding::file).distinct().count();
    }
}
