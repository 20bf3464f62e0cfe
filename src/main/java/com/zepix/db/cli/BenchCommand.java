package com.zepix.db.cli;

import com.zepix.db.core.InstanceId;
import com.zepix.db.core.PostgresCentral;
import com.zepix.db.ops.server.CentralChoice;
import com.zepix.db.ops.bench.BenchReport;
import com.zepix.db.ops.bench.BenchSizes;
import com.zepix.db.ops.bench.BenchTarget;
import com.zepix.db.ops.bench.Benchmark;
import com.zepix.db.ops.files.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "bench",
        description = "Measures the data layer on temporary databases made by the real migrations, with the "
            + "production settings: single durable inserts vs the best raw JDBC and vs the architecture's own style, "
            + "a bulk insert vs a JDBC batch, five concurrent writers, a first sync vs a raw JDBC copy and an "
            + "incremental sync, the dashboard over 1, 7 and 90 days, synchronous FULL vs NORMAL, and the isolation "
            + "guard's cost per statement. The variants of a case run in interleaved rounds after a warm-up; each "
            + "figure is the median of the rounds. Every row has a stable id. Never touches --data-dir.")
final class BenchCommand extends OpsCommand {

    @Option(names = "--quick", description = "Small sizes: a smoke run of well under a minute.")
    boolean quick;

    @Option(names = "--case", paramLabel = "N", split = ",",
            description = "Run only these cases (1-8, repeatable or comma-separated; default: all; 1 and 6 run together; "
                    + "8 needs --central).")
    Set<Integer> cases = new TreeSet<>();

    @Option(names = "--rounds", paramLabel = "N",
            description = "Interleaved rounds per case (default 5, or 3 with --quick).")
    Integer rounds;

    @Option(names = "--check", description = "Exit 1 naming each figure that misses its target (for a quiet "
            + "machine; the targets are for the full sizes and all cases).")
    boolean check;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where the temporary databases go (default: a new folder in the system temp folder, removed after).")
    Path workDir;

    @Option(names = "--central", paramLabel = "URL",
            description = "Also case 8: the first sync and the dashboard query into this PostgreSQL central "
                + "(jdbc:postgresql://host:port/database; credentials PGUSER/PGPASSWORD or ~/.pgpass). Use a scratch "
                + "database: the benchmark syncs as instance 'zepix-bench' and deletes that instance's rows.")
    String central;

    /** The cases there are; see the Performance section of the README. */
    private static final Set<Integer> KNOWN_CASES = Set.of(1, 2, 3, 4, 5, 6, 7, 8);

    @Override
    protected int execute() {
        for (int c : cases) {
            if (!KNOWN_CASES.contains(c)) {
                throw new ParameterException(spec.commandLine(), "--case " + c + " is not a case of the benchmark:"
                        + " give 1 to 8");
            }
        }
        if (rounds != null && rounds < 1) {
            throw new ParameterException(spec.commandLine(), "--rounds must be at least 1, not " + rounds);
        }
        CentralChoice postgres = null;
        if (central != null) {
            try {
                postgres = CentralChoice.postgres(PostgresCentral.fromUrl(central, main.environment()),
                        new InstanceId("zepix-bench"));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--central: " + e.getMessage());
            }
        } else if (cases.contains(8)) {
            throw new ParameterException(spec.commandLine(), "--case 8 needs --central: it measures a PostgreSQL central");
        }
        Path dir = workDir;
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("zepix-bench-");
            }
            BenchSizes sizes = quick ? BenchSizes.quick() : BenchSizes.full();
            if (rounds != null) {
                sizes = sizes.withRounds(rounds);
            }
            BenchReport report = new Benchmark(sizes, dir, progress(), postgres).run(cases);
            if (json()) {
                printJson(report.toJson());
            } else {
                out().print(report.table());
                out().flush();
            }
            if (check) {
                List<String> missed = report.missedTargets();
                missed.forEach(m -> problem("target missed: " + m));
                if (!missed.isEmpty()) {
                    return Main.PROBLEMS;
                }
                if (!json()) {
                    out().println("bench: all " + BenchTarget.ALL.size() + " targets met");
                }
            }
            return Main.OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.PROBLEMS;
        } finally {
            if (workDir == null && dir != null) {
                Folders.deleteTree(dir);
            }
        }
    }
}
