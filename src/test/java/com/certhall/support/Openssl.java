package com.certhall.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The {@code openssl} command line, run in a working directory, for checking what CertHall produces with a tool it
 * did not write. Call {@link TestEnvironment#requireCommand(String) requireCommand("openssl")} first.
 */
public final class Openssl {

    private final Path dir;

    public Openssl(Path dir) {
        this.dir = dir;
    }

    /** Runs {@code openssl <args>} and returns what it printed (stdout and stderr together). */
    public String run(String... args) throws IOException, InterruptedException {
        return CommandLine.run(dir, prepend(args)).output();
    }

    /** Writes a DER certificate (as served under {@code /pki/ca/...}) as a PEM file in the working directory. */
    public Path pemFile(String name, byte[] der) throws IOException {
        return Files.writeString(dir.resolve(name), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END CERTIFICATE-----\n");
    }

    private static List<String> prepend(String[] args) {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        return command;
    }
}
