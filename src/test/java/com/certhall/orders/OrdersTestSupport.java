package com.certhall.orders;

import com.certhall.orders.OrderEvents.AuthorizationRequested;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** For order tests: a recorder of authorization requests (to read the SMS link the legal representative gets). */
@TestConfiguration(proxyBeanMethods = false)
public class OrdersTestSupport {

    @Bean
    AuthorizationRecorder authorizationRecorder(OrderManagement orders) {
        return new AuthorizationRecorder(orders);
    }

    /** Every authorization link requested, newest last. */
    public static class AuthorizationRecorder {

        private final List<Map.Entry<String, String>> links = new CopyOnWriteArrayList<>();
        private final OrderManagement orders;

        AuthorizationRecorder(OrderManagement orders) {
            this.orders = orders;
        }

        /** Reads the link as the SMS sender does, but at once (in the requesting transaction): the event has none. */
        @EventListener
        void on(AuthorizationRequested event) {
            orders.authorizationLink(event.applicationId(), event.expiresAt())
                    .ifPresent(link -> links.add(Map.entry(event.number(), link)));
        }

        public String lastToken(String number) {
            String link = links.stream().filter(r -> r.getKey().equals(number)).reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError("no authorization link for " + number)).getValue();
            return link.substring(link.lastIndexOf('/') + 1);
        }
    }
}
