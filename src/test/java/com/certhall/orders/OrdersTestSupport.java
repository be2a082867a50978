package com.certhall.orders;

import com.certhall.orders.OrderEvents.AuthorizationRequested;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** For order tests: a recorder of authorization requests (to read the SMS link the legal representative gets). */
@TestConfiguration(proxyBeanMethods = false)
public class OrdersTestSupport {

    @Bean
    AuthorizationRecorder authorizationRecorder() {
        return new AuthorizationRecorder();
    }

    /** Every authorization link requested, newest last. */
    public static class AuthorizationRecorder {

        private final List<AuthorizationRequested> requests = new CopyOnWriteArrayList<>();

        @EventListener
        void on(AuthorizationRequested event) {
            requests.add(event);
        }

        public String lastToken(String number) {
            String link = requests.stream().filter(r -> r.number().equals(number)).reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError("no authorization link for " + number)).link();
            return link.substring(link.lastIndexOf('/') + 1);
        }
    }
}
