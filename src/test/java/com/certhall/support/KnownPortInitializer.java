package com.certhall.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * For tests whose sandbox providers call back into the running server (payment notifications) or whose
 * certificates must carry reachable URLs: picks a free port before the context starts and makes it both the
 * server port and the public base URL, so everything that reads {@code certhall.site.base-url} early (the CA
 * writing AIA/CDP into certificates at start) sees the real address. Use with {@code DEFINED_PORT}.
 */
public class KnownPortInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        int port = freePort();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("certhall-known-port",
                Map.of("server.port", port, "certhall.site.base-url", "http://127.0.0.1:" + port)));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the test server", e);
        }
    }
}
