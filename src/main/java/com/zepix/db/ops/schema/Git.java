package com.zepix.db.ops.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs the {@code git} command line in one folder and returns what it printed. */
final class Git {

    /** Variables that would point git at another repository than the folder's own (e.g. when run from a hook). */
    private static final List<String> REPOSITORY_OVERRIDES =
            List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR");

    private final Path folder;

    Git(Path folder) {
        this.folder = folder;
    }

    /**
     * Runs {@code git <args>} and returns its standard output.
     *
     * @param what names the thing git was asked about, for the message when git fails
     * @throws SchemaReviewException with git's own message when git exits non-zero or cannot be run
     */
    byte[] run(String what, String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        REPOSITORY_OVERRIDES.forEach(builder.environment()::remove);
        try {
            Process git = builder.start();
            git.getOutputStream().close();
            CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(git.getErrorStream()));
            byte[] out = readAll(git.getInputStream());
            int exit = git.waitFor();
            if (exit != 0) {
                String message = new String(errors.join(), StandardCharsets.UTF_8).strip().replace('\n', ' ');
                throw new SchemaReviewException(what + ": " + message);
            }
            return out;
        } catch (IOException e) {
            throw new SchemaReviewException(what + ": cannot run git: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaReviewException(what + ": interrupted while git ran", e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
