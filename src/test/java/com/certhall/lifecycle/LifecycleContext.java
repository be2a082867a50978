package com.certhall.lifecycle;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.orders.OrdersTestSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context for the lifecycle tests: a real server on a port chosen up front, so the site's base URL
 * (where the sandbox payment provider posts its callbacks) is known before the context starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        AccountsTestSupport.PROPERTIES,
        "certhall.payments.sandbox.api-delay=PT0.005S",
        "certhall.payments.sandbox.notify-delay=PT0.05S",
        "certhall.payments.sandbox.retry-delay=PT0.1S"})
@org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc
@Import({AccountsTestSupport.class, OrdersTestSupport.class, LifecycleTestSupport.class})
abstract class LifecycleContext {

    static final int PORT = freePort();

    int port = PORT;

    @DynamicPropertySource
    static void site(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("certhall.site.base-url", () -> "http://127.0.0.1:" + PORT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
