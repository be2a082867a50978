package com.certhall.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command line tool run in a working directory, for checking what CertHall produces with tools it did not write
 * ({@code openssl}, {@code pdfsig}): what it printed (stdout and stderr together) and its exit code, within a minute.
 * Call {@link TestEnvironment#requireCommand(String)} first.
 */
public final class CommandLine {

    private CommandLine() {
    }

    /** The exit code and everything the tool printed. */
    public record Result(int exit, String output) {
    }

    public static Result run(Path dir, String... command) throws IOException, InterruptedException {
        return run(dir, List.of(command));
    }

    public static Result run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        return new Result(p.exitValue(), out);
    }
}
