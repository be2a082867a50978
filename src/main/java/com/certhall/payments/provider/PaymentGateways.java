package com.certhall.payments.provider;

import com.certhall.payments.PaymentMethod;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The QR payment providers in use, one per method. At start it checks {@code certhall.payments.gateway} against the
 * adapters that exist, so a misconfigured installation stops with a message naming the setting instead of a
 * missing bean; under {@code prod} the setting must be given ({@code none} for bank transfer only). A method without
 * a provider is simply not offered (bank transfer stays): see {@code PaymentOffers}.
 */
@Component
public class PaymentGateways {

    private final Map<PaymentMethod, PaymentGateway> byMethod = new EnumMap<>(PaymentMethod.class);

    public PaymentGateways(List<PaymentGateway> gateways, Environment environment) {
        this(gateways, GatewaySelection.selected(environment), environment.getProperty(GatewaySelection.PROPERTY),
                environment.matchesProfiles("prod"));
    }

    /** The providers in use, each counting its errors into {@code meters} ({@link MeteredPaymentGateway}). */
    @Autowired
    public PaymentGateways(List<PaymentGateway> gateways, Environment environment, MeterRegistry meters) {
        this(gateways.stream().<PaymentGateway>map(g -> new MeteredPaymentGateway(g, meters)).toList(),
                environment);
    }

    PaymentGateways(List<PaymentGateway> gateways, Set<String> selected, String raw, boolean prod) {
        if (prod && (raw == null || raw.isBlank())) {
            throw new IllegalStateException(GatewaySelection.PROPERTY + " (CERTHALL_PAYMENTS_GATEWAY) is required "
                    + "under the prod profile: 'wechat', 'alipay', 'wechat,alipay', or 'none' to take bank transfers "
                    + "only (docs/deployment.md, \"Payments\")");
        }
        Set<String> missing = new TreeSet<>(selected);
        for (PaymentGateway gateway : gateways) {
            missing.remove(gateway.id());
            for (PaymentMethod method : gateway.methods()) {
                PaymentGateway earlier = byMethod.putIfAbsent(method, gateway);
                if (earlier != null) {
                    throw new IllegalStateException(GatewaySelection.PROPERTY + " lists both '" + earlier.id()
                            + "' and '" + gateway.id() + "', which both take " + method + ": keep one");
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(GatewaySelection.PROPERTY + " lists " + missing + ", which "
                    + (prod ? "does not exist under the prod profile (the sandbox gateway only runs in the sandbox)"
                            : "does not exist") + "; known: sandbox (sandbox profile), wechat, alipay, or none");
        }
    }

    /** Whether the method can be offered now: bank transfer always, a QR method when its provider is configured. */
    public boolean offers(PaymentMethod method) {
        return !method.isQr() || byMethod.containsKey(method);
    }

    public Optional<PaymentGateway> of(PaymentMethod method) {
        return Optional.ofNullable(byMethod.get(method));
    }

    /**
     * The provider of a QR method.
     *
     * @throws GatewayException (502, {@code NOT_CONFIGURED}) when none is configured, e.g. closing or refunding a
     *                          payment of a provider that was switched off since
     */
    public PaymentGateway require(PaymentMethod method) {
        return of(method).orElseThrow(() -> new GatewayException("NOT_CONFIGURED", "no payment provider for "
                + method + " is configured (" + GatewaySelection.PROPERTY + ")", false));
    }
}
