package com.zepix.db.ops.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on, printed with them. */
final class MachineDescription {

    private MachineDescription() {
    }

    static String current() {
        Runtime rt = Runtime.getRuntime();
        return String.format("%s, %d cores, %d MiB max heap, Java %s, %s %s, SQLite via sqlite-jdbc",
                cpuModel(), rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            return "unknown CPU";
        }
    }
}
