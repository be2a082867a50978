package com.certhall.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The references measured beside CertHall in the same run (issue 21): nginx (one worker, started by bench/run.sh on
 * a loopback port) serving files this class writes — the very OCSP response bytes CertHall answered, and a file of
 * the size of an order's JSON — and {@code openssl ocsp}, the OpenSSL responder, which signs every answer.
 */
final class References {

    private References() {
    }

    /** nginx's port, or -1 when bench/run.sh did not start one ({@code -Dcerthall.bench.nginx=port:dir}). */
    static int nginxPort() {
        String spec = System.getProperty("certhall.bench.nginx", "");
        return spec.isEmpty() ? -1 : Integer.parseInt(spec.substring(0, spec.indexOf(':')));
    }

    /** Places {@code bytes} at {@code path} (e.g. "/pki/ocsp") under nginx's root. */
    static void nginxServes(String path, byte[] bytes) throws IOException {
        String spec = System.getProperty("certhall.bench.nginx");
        Path file = Path.of(spec.substring(spec.indexOf(':') + 1), path.substring(1));
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        file.toFile().setReadable(true, false);
    }

    /**
     * {@code openssl ocsp -multi 2} answering a nonce-less request for one good certificate of a fresh P-256 CA, at
     * {@code connections} keep-alive connections; NaN when openssl is missing or the responder does not start.
     */
    static HttpLoad.Result opensslOcsp(PkiBenchmark bench, int connections) throws Exception {
        Path dir = Files.createTempDirectory("certhall-openssl-ocsp-");
        int port = freePort();
        run(dir, "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                "-keyout", "ca.key", "-out", "ca.pem", "-subj", "/CN=bench OCSP CA", "-days", "2");
        Files.writeString(dir.resolve("index.txt"), "V\t301231235959Z\t\t0A1B\tunknown\t/CN=bench leaf\n");
        run(dir, "openssl", "ocsp", "-issuer", "ca.pem", "-serial", "0x0A1B", "-no_nonce", "-reqout", "req.der");
        Process responder = new ProcessBuilder("openssl", "ocsp", "-index", "index.txt", "-port",
                String.valueOf(port), "-rsigner", "ca.pem", "-rkey", "ca.key", "-CA", "ca.pem", "-multi", "2",
                "-nmin", "5").directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("responder.log").toFile()).start();
        try {
            waitForAccept(dir.resolve("responder.log"));
            return Wrk.run(port, connections, bench.seconds, Wrk.Request.post("/", "application/ocsp-request",
                    Files.readAllBytes(dir.resolve("req.der")), -1), false);
        } finally {
            // -multi forks workers: end them (the children of the process started here), then the parent.
            responder.descendants().forEach(ProcessHandle::destroyForcibly);
            responder.destroyForcibly();
            responder.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Waits for the responder's "ACCEPT" line rather than probing its port: a worker whose client closes a connection
     * without a request stops answering (as after a first run's connections, see {@link Wrk}).
     */
    private static void waitForAccept(Path log) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (Files.exists(log) && Files.readString(log).contains("ACCEPT")) {
                Thread.sleep(200); // the workers are forked after the line
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("openssl ocsp did not start: " + Files.readString(log));
    }
}
