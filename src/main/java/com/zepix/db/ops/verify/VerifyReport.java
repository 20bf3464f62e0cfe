package com.zepix.db.ops.verify;

import java.util.List;
import java.util.Map;

/**
 * @param versions each checked database (its file, or a PostgreSQL central's server and database)
 *     and the schema version it holds (null when unknown)
 * @param findings the checks that failed, in the order they ran
 */
public record VerifyReport(Map<String, String> versions, List<VerifyFinding> findings) {

    public boolean passed() {
        return findings.isEmpty();
    }

    public boolean isHealthy(String location) {
        return findings.stream().noneMatch(f -> f.location().equals(location));
    }

    public long unhealthyFiles() {
        return findings.stream().map(VerifyFinding::location).distinct().count();
    }
}
