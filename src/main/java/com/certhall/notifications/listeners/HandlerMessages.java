package com.certhall.notifications.listeners;

import com.certhall.notifications.Notifier;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.Subject;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * A message about a certificate to the handler of its order's subject: SMS and (when there is an address) e-mail, in
 * the order's language. An order without a subject has no one to tell.
 */
@Component
class HandlerMessages {

    private final Notifier notifier;
    private final OrderManagement orders;

    HandlerMessages(Notifier notifier, OrderManagement orders) {
        this.notifier = notifier;
        this.orders = orders;
    }

    /** {@code arguments} are made in the order's language. */
    void send(OrderId id, String key, String template, Function<Locale, Object[]> arguments) {
        OrderDetails order = orders.details(id);
        Subject subject = order.draft().subject();
        if (subject == null) {
            return;
        }
        Subject.Party handler = subject.handler();
        Locale language = order.order().language();
        notifier.smsAndEmail(key, handler.mobile(), handler.email(), template, language, arguments.apply(language));
    }
}
