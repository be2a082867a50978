package com.certhall.lifecycle;

import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.LifecycleTerms;
import com.certhall.lifecycle.CertificateAction.Kind;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import com.certhall.shared.NotFoundException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The one rule of what a holder may do with a certificate now, and why not (docs/lifecycle.md, "What a certificate
 * allows"): used by "我的证书", {@code GET /api/v1/certificates}, the start of every lifecycle order, and whoever
 * lists certificates without login. In order of precedence: a revoked or held certificate allows nothing; an order
 * in progress on it blocks another; an expired one allows nothing; a service the channel does not offer is not
 * available; renewal opens the channel's window of days before notAfter; unlock is for UKEYs only.
 */
@Service
public class CertificateActions {

    private final OrderManagement orders;
    private final CatalogManagement catalog;
    private final Clock clock;
    private final ZoneId zone;

    CertificateActions(OrderManagement orders, CatalogManagement catalog, Clock clock,
            @Value("${certhall.time-zone:Asia/Shanghai}") String zone) {
        this.orders = orders;
        this.catalog = catalog;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    /** Every action of the certificate, allowed or not, in the order the page shows them. */
    public List<CertificateAction> of(HeldCertificateView c) {
        Facts facts = facts(c);
        List<CertificateAction> all = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            all.add(decide(c, kind, facts));
        }
        return all;
    }

    /** One action of the certificate, allowed or why not. */
    public CertificateAction check(HeldCertificateView c, Kind kind) {
        return decide(c, kind, facts(c));
    }

    /** The first day the certificate may be renewed in its channel. */
    public LocalDate renewableFrom(HeldCertificateView c) {
        return renewableFrom(c, terms(c));
    }

    /** The certificate with its actions and renewal date. */
    public HeldCertificateView withActions(HeldCertificateView c) {
        Facts facts = facts(c);
        List<CertificateAction> all = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            all.add(decide(c, kind, facts));
        }
        return c.withActions(all, renewableFrom(c, facts.terms()));
    }

    private record Facts(LifecycleTerms terms, @Nullable OrderView inProgress, Instant now) {
    }

    private Facts facts(HeldCertificateView c) {
        List<OrderView> active = orders.activeForCertificate(c.serialHex());
        return new Facts(terms(c), active.isEmpty() ? null : active.get(0), clock.instant());
    }

    private LifecycleTerms terms(HeldCertificateView c) {
        String channel = orders.get(new OrderId(c.applicationId())).channel();
        try {
            return catalog.lifecycleTerms(channel);
        } catch (NotFoundException e) {
            // a channel closed since: its certificates stay listed, with nothing offered
            Map<LifecycleTerms.Service, LifecycleTerms.Term> none = new EnumMap<>(LifecycleTerms.Service.class);
            for (LifecycleTerms.Service s : LifecycleTerms.Service.values()) {
                none.put(s, new LifecycleTerms.Term(false, null));
            }
            return new LifecycleTerms(channel, LifecycleTerms.DEFAULT_RENEWAL_WINDOW_DAYS, none);
        }
    }

    private LocalDate renewableFrom(HeldCertificateView c, LifecycleTerms terms) {
        return c.notAfter().minus(terms.renewalWindowDays(), ChronoUnit.DAYS).atZone(zone).toLocalDate();
    }

    private CertificateAction decide(HeldCertificateView c, Kind kind, Facts f) {
        String link = link(c.serialHex(), kind);
        if (c.status() == HeldStatus.REVOKED) {
            return refused(kind, link, "revoked", null);
        }
        if (c.status() == HeldStatus.ON_HOLD) {
            return refused(kind, link, "onHold", null);
        }
        if (f.inProgress() != null) {
            return refused(kind, link, "orderInProgress", null, f.inProgress().number());
        }
        if (!f.now().isBefore(c.notAfter())) {
            return refused(kind, link, "expired", null);
        }
        if (!f.terms().offers(LifecycleTerms.Service.valueOf(kind.orderType().name()))) {
            return refused(kind, link, "notOffered", null);
        }
        if (kind == Kind.UNLOCK && !"UKEY".equals(c.medium())) {
            return refused(kind, link, "ukeyOnly", null);
        }
        if (kind == Kind.RENEW) {
            LocalDate from = renewableFrom(c, f.terms());
            if (f.now().atZone(zone).toLocalDate().isBefore(from)) {
                return refused(kind, link, "renewalWindow", from, from.toString());
            }
        }
        return new CertificateAction(kind, kind.orderType(), true, null, null, List.of(), null, null, link);
    }

    private static CertificateAction refused(Kind kind, String link, String code, @Nullable LocalDate from,
            String... args) {
        return new CertificateAction(kind, kind.orderType(), false, code, "lifecycle.action." + code,
                List.of(args), null, from, link);
    }

    /** The page that starts the action: unlock has its own page, the others start an order. */
    static String link(String serial, Kind kind) {
        return switch (kind) {
            case UNLOCK -> "/certificates/" + serial + "/unlock";
            case REVOKE -> "/certificates/" + serial + "/revocation";
            default -> "/certificates/" + serial + "/orders/" + kind.orderType().name();
        };
    }
}
