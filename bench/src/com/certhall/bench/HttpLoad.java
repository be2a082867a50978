package com.certhall.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A closed-loop HTTP/1.1 keep-alive load generator (wrk's model: each connection sends its next request when the
 * previous answer is read), the fallback of {@link Wrk} when wrk is not installed (docs/benchmarks.md). One thread
 * per connection on plain blocking sockets; it runs in the benchmark's JVM, on the same cores as the server.
 */
final class HttpLoad {

    record Result(double perSecond, double p50Ms, double p99Ms, long errors) {
    }

    private HttpLoad() {
    }

    /** {@code request} yields the whole HTTP request (head and body) for each call. */
    static Result run(int port, int connections, double seconds, Supplier<byte[]> request) throws Exception {
        long warmUntil = System.nanoTime() + (long) (seconds / 3 * 1e9);
        long endAt = warmUntil + (long) (seconds * 1e9);
        AtomicLong count = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            long[][] mine = {new long[1 << 14]};
            int[] n = {0};
            Thread t = new Thread(() -> {
                try {
                    // Like wrk: a connection the server closes (Tomcat after 100 keep-alive requests) is reopened.
                    boolean more = true;
                    while (more) {
                        try (Socket socket = new Socket()) {
                            socket.setTcpNoDelay(true);
                            socket.connect(new InetSocketAddress("127.0.0.1", port));
                            OutputStream out = socket.getOutputStream();
                            InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
                            while (true) {
                                long start = System.nanoTime();
                                if (start >= endAt) {
                                    more = false;
                                    break;
                                }
                                out.write(request.get());
                                out.flush();
                                int status = readResponse(in);
                                long end = System.nanoTime();
                                if (Math.abs(status) != 200) {
                                    errors.incrementAndGet();
                                }
                                if (start >= warmUntil) {
                                    count.incrementAndGet();
                                    if (n[0] == mine[0].length) {
                                        mine[0] = Arrays.copyOf(mine[0], n[0] * 2);
                                    }
                                    mine[0][n[0]++] = end - start;
                                }
                                if (status < 0) {
                                    break;
                                }
                            }
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    if (errors.incrementAndGet() == 1) {
                        System.err.println("load generator: " + e);
                    }
                }
                synchronized (latencies) {
                    latencies.add(Arrays.copyOf(mine[0], n[0]));
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double p50 = all.length == 0 ? Double.NaN : all[all.length / 2] / 1e6;
        double p99 = all.length == 0 ? Double.NaN : all[(int) Math.min(all.length - 1, all.length * 0.99)] / 1e6;
        return new Result(count.get() / seconds, p50, p99, errors.get());
    }

    /** The whole request: head with these headers (and Content-Length when there is a body), then the body. */
    static byte[] raw(String method, String path, List<String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (String h : headers) {
            head.append(h).append("\r\n");
        }
        if (body.length > 0) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    static byte[] post(String path, String contentType, byte[] body, String... headers) {
        return request("POST", path, contentType, body, headers);
    }

    static byte[] get(String path, String... headers) {
        return request("GET", path, null, new byte[0], headers);
    }

    private static byte[] request(String method, String path, String contentType, byte[] body, String... headers) {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(body.length)
                    .append("\r\n");
        }
        for (String h : headers) {
            head.append(h).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** Reads one response (Content-Length or chunked body); its status code, negative when the server closes. */
    private static int readResponse(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            String lower = h.toLowerCase();
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(h.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line(in).strip(), 16); size > 0;
                    size = Long.parseLong(line(in).strip(), 16)) {
                in.skipNBytes(size);
                line(in);
            }
            line(in);
        } else if (length > 0) {
            in.skipNBytes(length);
        }
        return close ? -status : status;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed");
            }
            if (b != '\r') {
                s.append((char) b);
            }
        }
        return s.toString();
    }
}
