package com.zepix.db.cli;

import com.zepix.db.core.InstanceId;
import com.zepix.db.core.PostgresCentral;
import com.zepix.db.ops.server.CentralChoice;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where central is: the data folder's SQLite file (default), or a PostgreSQL server named by
 * {@code --central} or the environment's {@code ZEPIX_CENTRAL_URL}. Credentials come from the
 * environment (PGUSER, PGPASSWORD) or ~/.pgpass, never from the command line.
 */
final class CentralOptions {

    static final String URL_VARIABLE = "ZEPIX_CENTRAL_URL";

    @Option(names = "--central", paramLabel = "URL",
            description = "Central on PostgreSQL: jdbc:postgresql://host:port/database[?sslmode=verify-full...] "
                + "(default: $" + URL_VARIABLE + ", else the SQLite file in the data folder). No credentials in "
                + "the URL: PGUSER/PGPASSWORD or ~/.pgpass.")
    String url;

    @Option(names = "--instance", paramLabel = "ID",
            description = "This host's name in a PostgreSQL central (default: the host name).")
    String instance;

    /** The choice, with {@code environment} standing in for the process's (tests pass their own). */
    CentralChoice choice(CommandSpec spec, Map<String, String> environment) {
        String chosen = url != null ? url : environment.get(URL_VARIABLE);
        if (chosen == null || chosen.isBlank()) {
            if (instance != null) {
                throw new ParameterException(spec.commandLine(), "--instance needs a PostgreSQL central (--central or "
                        + URL_VARIABLE + "): a SQLite central serves its own host alone");
            }
            return CentralChoice.sqlite();
        }
        String source = url != null ? "--central" : URL_VARIABLE;
        try {
            PostgresCentral server = PostgresCentral.fromUrl(chosen.strip(), environment);
            return CentralChoice.postgres(server, instance == null ? InstanceId.ofThisHost() : new InstanceId(instance));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), source + ": " + e.getMessage());
        }
    }
}
