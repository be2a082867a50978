package com.certhall.catalog.provider.http;

import com.certhall.catalog.provider.RegistryUnavailableException;
import com.certhall.shared.Uscc;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP registry adapter against a local partner stand-in: 200 registered, 404 not, 5xx and silence unavailable. */
class HttpRegistryPrerequisiteCheckTests {

    static final Uscc USCC = new Uscc("91140100MA0K7Q2C3Q");

    HttpServer partner;
    final AtomicReference<String> seenPath = new AtomicReference<>();
    final AtomicReference<String> seenKey = new AtomicReference<>();
    volatile int answer = 200;

    @BeforeEach
    void startPartner() throws IOException {
        partner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        partner.createContext("/api/registrations/", exchange -> {
            seenPath.set(exchange.getRequestURI().getPath());
            seenKey.set(exchange.getRequestHeaders().getFirst("X-Api-Key"));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        partner.start();
    }

    @AfterEach
    void stopPartner() {
        partner.stop(0);
    }

    HttpRegistryPrerequisiteCheck check(String base) {
        return new HttpRegistryPrerequisiteCheck(new HttpRegistryProperties(URI.create(base), "k-123",
                Duration.ofSeconds(2)));
    }

    String base() {
        return "http://127.0.0.1:" + partner.getAddress().getPort() + "/api";
    }

    @Test
    void okMeansRegisteredAndNotFoundMeansNot() {
        assertThat(check(base()).isRegistered("COAL_TRADE", USCC)).isTrue();
        assertThat(seenPath.get()).isEqualTo("/api/registrations/COAL_TRADE/91140100MA0K7Q2C3Q");
        assertThat(seenKey.get()).isEqualTo("k-123");
        answer = 404;
        assertThat(check(base()).isRegistered("COAL_TRADE", USCC)).isFalse();
    }

    @Test
    void serverErrorsAndRefusedConnectionsMeanUnavailable() {
        answer = 503;
        assertThatThrownBy(() -> check(base()).isRegistered("COAL_TRADE", USCC))
                .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("503");
        int port = partner.getAddress().getPort();
        partner.stop(0);
        assertThatThrownBy(() -> check("http://127.0.0.1:" + port + "/api").isRegistered("COAL_TRADE", USCC))
                .isInstanceOf(RegistryUnavailableException.class);
    }
}
