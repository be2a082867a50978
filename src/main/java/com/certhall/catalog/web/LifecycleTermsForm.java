package com.certhall.catalog.web;

import com.certhall.catalog.LifecycleTerms;
import com.certhall.catalog.LifecycleTerms.Service;
import com.certhall.catalog.LifecycleTerms.Term;
import com.certhall.catalog.domain.LifecycleTermsDraft;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The lifecycle terms form: a tick and a price in yuan per service (blank: the product's price), the renewal window
 * in days. Prices and days stay text until {@link LifecycleTermsDraft#toTerms} checks them, so a refused form shows
 * what was typed.
 */
public record LifecycleTermsForm(@Nullable Boolean renewalOffered, @Nullable String renewalPrice,
        @Nullable Boolean changeOffered, @Nullable String changePrice,
        @Nullable Boolean reissueOffered, @Nullable String reissuePrice,
        @Nullable Boolean unlockOffered, @Nullable String unlockPrice,
        @Nullable Boolean revocationOffered, @Nullable String revocationPrice,
        @Nullable Boolean sealAdditionOffered, @Nullable String sealAdditionPrice,
        @Nullable Boolean sealChangeOffered, @Nullable String sealChangePrice,
        @Nullable String renewalWindowDays) {

    static LifecycleTermsForm of(LifecycleTerms t) {
        return new LifecycleTermsForm(offered(t, Service.RENEWAL), yuan(t, Service.RENEWAL),
                offered(t, Service.CHANGE), yuan(t, Service.CHANGE),
                offered(t, Service.REISSUE), yuan(t, Service.REISSUE),
                offered(t, Service.UNLOCK), yuan(t, Service.UNLOCK),
                offered(t, Service.REVOCATION), yuan(t, Service.REVOCATION),
                offered(t, Service.SEAL_ADDITION), yuan(t, Service.SEAL_ADDITION),
                offered(t, Service.SEAL_CHANGE), yuan(t, Service.SEAL_CHANGE),
                String.valueOf(t.renewalWindowDays()));
    }

    LifecycleTermsDraft toDraft() {
        Map<Service, LifecycleTermsDraft.Entry> entries = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            entries.put(s, new LifecycleTermsDraft.Entry(offered(s), price(s)));
        }
        return new LifecycleTermsDraft(entries, renewalWindowDays);
    }

    /** Whether the service is ticked (an unticked box is not posted at all). */
    public boolean offered(Service s) {
        Boolean b = switch (s) {
            case RENEWAL -> renewalOffered;
            case CHANGE -> changeOffered;
            case REISSUE -> reissueOffered;
            case UNLOCK -> unlockOffered;
            case REVOCATION -> revocationOffered;
            case SEAL_ADDITION -> sealAdditionOffered;
            case SEAL_CHANGE -> sealChangeOffered;
        };
        return Boolean.TRUE.equals(b);
    }

    /** The price as typed, empty for the product's own price. */
    public String price(Service s) {
        String p = switch (s) {
            case RENEWAL -> renewalPrice;
            case CHANGE -> changePrice;
            case REISSUE -> reissuePrice;
            case UNLOCK -> unlockPrice;
            case REVOCATION -> revocationPrice;
            case SEAL_ADDITION -> sealAdditionPrice;
            case SEAL_CHANGE -> sealChangePrice;
        };
        return p == null ? "" : p;
    }

    /** The name of a service's price field on the form ({@code sealAdditionPrice}). */
    public String priceField(Service s) {
        return LifecycleTermsDraft.priceField(s);
    }

    /** The name of a service's tick on the form ({@code sealAdditionOffered}). */
    public String offeredField(Service s) {
        return LifecycleTermsDraft.offeredField(s);
    }

    private static boolean offered(LifecycleTerms t, Service s) {
        return t.terms().get(s).offered();
    }

    private static String yuan(LifecycleTerms t, Service s) {
        Term term = t.terms().get(s);
        return term.priceFen() == null ? "" : BigDecimal.valueOf(term.priceFen(), 2).toPlainString();
    }
}
