package com.certhall.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Plain HTTP to the server of the test's own context, bytes in and bytes out, as an OCSP client, a CRL fetcher or a
 * time-stamping client calls it (docs/pki.md): no Spring client in between, so what the test reads is what the
 * server wrote.
 */
public final class ServerHttp {

    /** Imported by every integration context (see {@link IntegrationTestSupport}); made on first use, and only the
     * contexts with a server use it. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Lazy
        ServerHttp serverHttp(Environment environment) {
            return new ServerHttp(environment);
        }
    }

    private final HttpClient client = HttpClient.newHttpClient();
    private final Environment environment;

    ServerHttp(Environment environment) {
        this.environment = environment;
    }

    /** The address of {@code path} on the test's server. */
    public String url(String path) {
        return "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + path;
    }

    /** A GET of {@code path} with the given headers, as name and value pairs. */
    public HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A POST of {@code body} as {@code contentType} to {@code path}. */
    public HttpResponse<byte[]> post(String path, String contentType, byte[] body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
