package com.certhall.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives HTTP load with wrk (a C load generator, closed loop, HTTP/1.1 keep-alive; issue 21) as a separate process,
 * and falls back to {@link HttpLoad} in this JVM when wrk is not installed. Each figure is one warm-up run of a third
 * of the time, then the measured run.
 */
final class Wrk {

    /**
     * One request: {@code nonceAt} ≥ 0 marks 16 bytes of the body that are replaced by random bytes on every request
     * (an OCSP nonce, RFC 9654), so every request is signed afresh.
     */
    record Request(String method, String path, List<String> headers, byte[] body, int nonceAt) {

        static Request get(String path, String... headers) {
            return new Request("GET", path, List.of(headers), new byte[0], -1);
        }

        static Request post(String path, String contentType, byte[] body, int nonceAt) {
            return new Request("POST", path, List.of("Content-Type: " + contentType), body, nonceAt);
        }

        /** The raw bytes for the in-JVM generator, with a fresh nonce when there is one. */
        Supplier<byte[]> raw() {
            return () -> {
                byte[] b = body;
                if (nonceAt >= 0) {
                    b = body.clone();
                    byte[] nonce = new byte[16];
                    ThreadLocalRandom.current().nextBytes(nonce);
                    System.arraycopy(nonce, 0, b, nonceAt, 16);
                }
                return HttpLoad.raw(method, path, headers, b);
            };
        }
    }

    static final boolean AVAILABLE = onPath("wrk");
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)(?:\\.000)?%\\s+([0-9.]+)(us|ms|s)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Wrk() {
    }

    static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    static HttpLoad.Result run(int port, int connections, double seconds, Request request) throws Exception {
        return run(port, connections, seconds, request, true);
    }

    /**
     * Without {@code warmUp} one run only: {@code openssl ocsp}'s workers stop answering after the connections of a
     * first run close (they hang, as issue 21 saw at 32 connections), and it has nothing to warm up.
     */
    static HttpLoad.Result run(int port, int connections, double seconds, Request request, boolean warmUp)
            throws Exception {
        if (!AVAILABLE) {
            return HttpLoad.run(port, connections, seconds, request.raw());
        }
        Path script = Files.createTempFile("certhall-wrk-", ".lua");
        try {
            Files.writeString(script, lua(request), StandardCharsets.ISO_8859_1);
            if (warmUp) {
                wrk(port, connections, seconds / 3, request.path(), script);
            }
            return parse(wrk(port, connections, seconds, request.path(), script), connections);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static String wrk(int port, int connections, double seconds, String path, Path script) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t", String.valueOf(Math.min(2, connections)), "-c",
                String.valueOf(connections), "-d", Math.max(1, Math.round(seconds)) + "s", "--latency", "--timeout",
                "5s", "-s", script.toString(), "http://127.0.0.1:" + port + path));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(Math.round(seconds) + 30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("wrk did not end: " + out);
        }
        return out;
    }

    static HttpLoad.Result parse(String out, int connections) {
        Matcher rate = RATE.matcher(out);
        if (!rate.find()) {
            throw new IllegalStateException("wrk gave no rate: " + out);
        }
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        for (Matcher m = PERCENTILE.matcher(out); m.find(); ) {
            double v = Double.parseDouble(m.group(2)) * switch (m.group(3)) {
                case "us" -> 0.001;
                case "ms" -> 1;
                default -> 1000;
            };
            if (m.group(1).equals("50")) {
                p50 = v;
            } else {
                p99 = v;
            }
        }
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(out);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET.matcher(out);
        if (socket.find()) {
            // wrk counts the connections its own end-of-run stop cuts mid-request as read errors; more is an error.
            errors += Math.max(0, Long.parseLong(socket.group(2)) - connections) + Long.parseLong(socket.group(1))
                    + Long.parseLong(socket.group(3)) + Long.parseLong(socket.group(4));
        }
        if (errors > 0) {
            System.err.println("wrk: " + out);
        }
        return new HttpLoad.Result(Double.parseDouble(rate.group(1)), p50, p99, errors);
    }

    /** The wrk script: method, headers and body; a fresh random nonce per request when the request has one. */
    static String lua(Request request) {
        StringBuilder lua = new StringBuilder("wrk.method = \"" + request.method() + "\"\n");
        for (String header : request.headers()) {
            int colon = header.indexOf(':');
            lua.append("wrk.headers[\"").append(header, 0, colon).append("\"] = ")
                    .append(literal(header.substring(colon + 1).strip().getBytes(StandardCharsets.UTF_8))).append('\n');
        }
        byte[] body = request.body();
        if (request.nonceAt() < 0) {
            if (body.length > 0) {
                lua.append("wrk.body = ").append(literal(body)).append('\n');
            }
            return lua.toString();
        }
        int at = request.nonceAt();
        lua.append("local head = ").append(literal(java.util.Arrays.copyOfRange(body, 0, at))).append('\n')
                .append("local tail = ").append(literal(java.util.Arrays.copyOfRange(body, at + 16, body.length)))
                .append('\n')
                .append("function init(args) math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16)) end\n")
                .append("request = function()\n  local n = {}\n  for i = 1, 16 do n[i] = string.char(math.random(0, 255)) end\n")
                .append("  return wrk.format(nil, nil, nil, head .. table.concat(n) .. tail)\nend\n");
        return lua.toString();
    }

    private static String literal(byte[] bytes) {
        StringBuilder s = new StringBuilder("\"");
        for (byte b : bytes) {
            s.append('\\').append(String.format("%03d", b & 0xff));
        }
        return s.append('"').toString();
    }
}
