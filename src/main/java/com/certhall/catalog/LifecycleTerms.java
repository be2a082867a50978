package com.certhall.catalog;

import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a channel offers for certificates after issuance (docs/lifecycle.md): which lifecycle services, at what
 * price, and from how many days before a certificate's notAfter it may be renewed. A channel that set nothing gets
 * {@link #defaults}: every service offered, renewal from 90 days before expiry, a new certificate (renewal, change,
 * reissue) at the product's own price for its years, unlock and revocation free; 补章 and 变章 of an e-seal
 * (docs/seals.md, "Seal orders") at the e-seal product's own price.
 */
public record LifecycleTerms(String channel, int renewalWindowDays, Map<Service, Term> terms) {

    public static final int DEFAULT_RENEWAL_WINDOW_DAYS = 90;

    /** The services of a certificate's life after issuance, and the seal orders on an e-seal certificate. */
    public enum Service {
        RENEWAL, CHANGE, REISSUE, UNLOCK, REVOCATION, SEAL_ADDITION, SEAL_CHANGE
    }

    /**
     * One service of a channel.
     *
     * @param priceFen the price in fen; null for the product's own price for its years
     */
    public record Term(boolean offered, @Nullable Long priceFen) {
    }

    public LifecycleTerms {
        if (renewalWindowDays < 1 || renewalWindowDays > 366) {
            throw new IllegalArgumentException("renewal window out of range: " + renewalWindowDays);
        }
        EnumMap<Service, Term> all = new EnumMap<>(Service.class);
        all.putAll(defaultTerms());
        all.putAll(terms);
        terms = Map.copyOf(all);
    }

    public static LifecycleTerms defaults(String channel) {
        return new LifecycleTerms(channel, DEFAULT_RENEWAL_WINDOW_DAYS, Map.of());
    }

    private static Map<Service, Term> defaultTerms() {
        return Map.of(Service.RENEWAL, new Term(true, null), Service.CHANGE, new Term(true, null),
                Service.REISSUE, new Term(true, null), Service.UNLOCK, new Term(true, 0L),
                Service.REVOCATION, new Term(true, 0L), Service.SEAL_ADDITION, new Term(true, null),
                Service.SEAL_CHANGE, new Term(true, null));
    }

    public boolean offers(Service service) {
        return terms.get(service).offered();
    }

    /** The price of the service for a certificate whose product costs {@code productPriceFen} for its years. */
    public long priceFen(Service service, long productPriceFen) {
        Long price = terms.get(service).priceFen();
        return price == null ? productPriceFen : price;
    }
}
