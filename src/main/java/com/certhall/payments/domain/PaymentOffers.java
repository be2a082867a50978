package com.certhall.payments.domain;

import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.ChannelSummary;
import com.certhall.payments.PaymentMethod;
import com.certhall.payments.provider.PaymentGateways;
import com.certhall.shared.ConflictException;
import com.certhall.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Which payment methods an order of a channel may use: the channel's methods whose provider is configured. A
 * channel whose QR methods all lack a provider (a production installation with {@code certhall.payments.gateway=none})
 * takes bank transfer instead, so its orders can still be paid; finance sees a warning for every such channel.
 */
@Service
public class PaymentOffers {

    private static final Logger log = LoggerFactory.getLogger(PaymentOffers.class);

    private final CatalogManagement catalog;
    private final PaymentGateways gateways;

    PaymentOffers(CatalogManagement catalog, PaymentGateways gateways) {
        this.catalog = catalog;
        this.gateways = gateways;
    }

    /** A channel that lists QR methods no configured provider takes. */
    public record Unserved(String channelCode, String channelName, List<PaymentMethod> methods) {
    }

    /** The methods the channel's orders may use, in the order of {@link PaymentMethod}. */
    public List<PaymentMethod> offered(ChannelRules rules) {
        List<PaymentMethod> listed = listed(rules);
        List<PaymentMethod> offered = listed.stream().filter(gateways::offers).toList();
        return offered.isEmpty() && !listed.isEmpty() ? List.of(PaymentMethod.BANK_TRANSFER) : offered;
    }

    /**
     * Refuses a method the channel's orders may not use.
     *
     * @throws ConflictException (409) when the channel is not active
     * @throws InvalidInputException (400, {@code method}) when the channel does not take it, or takes it but its
     *                               provider is not configured
     */
    public void check(String channelCode, PaymentMethod method) {
        ChannelRules rules = catalog.findChannel(channelCode).orElseThrow(() -> new ConflictException(
                "payments.channelUnavailable", "channel " + channelCode + " is not active", channelCode));
        if (offered(rules).contains(method)) {
            return;
        }
        if (listed(rules).contains(method)) {
            throw InvalidInputException.of("method", "unavailable", "payments.validation.methodUnavailable",
                    "method");
        }
        rules.checkPayment(catalogMethod(method)).orThrow("method");
    }

    /** Active channels listing a QR method without a configured provider: what finance is warned about. */
    public List<Unserved> unserved() {
        List<Unserved> unserved = new ArrayList<>();
        for (ChannelSummary channel : catalog.findChannels("")) {
            catalog.findChannel(channel.code()).ifPresent(rules -> {
                List<PaymentMethod> missing = listed(rules).stream().filter(m -> !gateways.offers(m)).toList();
                if (!missing.isEmpty()) {
                    unserved.add(new Unserved(channel.code(), channel.name(), missing));
                }
            });
        }
        return unserved;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnAtStart() {
        for (Unserved u : unserved()) {
            log.warn("Channel {} lists {} but no payment provider for it is configured (certhall.payments.gateway); "
                    + "its orders are offered {}", u.channelCode(), u.methods(), offered(catalog.channel(u.channelCode())));
        }
    }

    private static List<PaymentMethod> listed(ChannelRules rules) {
        return Arrays.stream(PaymentMethod.values())
                .filter(m -> rules.paymentMethods().contains(catalogMethod(m))).toList();
    }

    private static com.certhall.catalog.PaymentMethod catalogMethod(PaymentMethod method) {
        return com.certhall.catalog.PaymentMethod.valueOf(method.name());
    }
}
