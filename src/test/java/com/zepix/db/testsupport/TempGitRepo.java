package com.zepix.db.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A throwaway git repository with a {@code schema/} folder, for tests that compare revisions. */
public final class TempGitRepo {

    private final Path dir;

    private TempGitRepo(Path dir) {
        this.dir = dir;
    }

    public static TempGitRepo init(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TempGitRepo repo = new TempGitRepo(dir);
        repo.git("init", "-q", "-b", "main");
        return repo;
    }

    public Path dir() {
        return dir;
    }

    /** Writes {@code schema/<db>/<file>} in the working tree. */
    public TempGitRepo migration(String db, String file, String sql) {
        try {
            Path path = dir.resolve("schema").resolve(db).resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, sql);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TempGitRepo deleteMigration(String db, String file) {
        try {
            Files.delete(dir.resolve("schema").resolve(db).resolve(file));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits everything in the working tree and returns the commit's id. */
    public String commit(String message) {
        git("add", "-A");
        git("-c", "user.email=t@t", "-c", "user.name=t", "-c", "commit.gpgsign=false", "commit", "-q", "-m", message);
        return git("rev-parse", "HEAD").strip();
    }

    public String git(String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            builder.environment().remove("GIT_DIR");
            builder.environment().remove("GIT_WORK_TREE");
            builder.environment().remove("GIT_INDEX_FILE");
            Process git = builder.start();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (git.waitFor() != 0) {
                throw new IllegalStateException(command + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
