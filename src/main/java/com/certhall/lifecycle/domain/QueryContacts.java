package com.certhall.lifecycle.domain;

import com.certhall.lifecycle.CertificateQueryManagement.QueriedCertificate;
import com.certhall.lifecycle.CertificateQueryManagement.QueryAction;
import com.certhall.lifecycle.CertificateQueryManagement.QueryHandler;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.lifecycle.CertificateAction;
import com.certhall.lifecycle.CertificateActions;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.Subject;
import com.certhall.shared.DataProtection;
import com.certhall.shared.Masking;
import com.certhall.shared.MobileNumber;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who is on record for a subject's certificates (the handlers of its orders that hold certificates, then their legal
 * representatives; at most five, newest order first), and those certificates as the query shows them. A subject
 * without certificates gets one or two decoy handlers derived from the keyed hash of its code: stable across tries,
 * unrelated to anyone, never sent anything.
 */
@Component
class QueryContacts {

    private static final int MAX = 5;
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String PREFIXES = "358";
    /** The query's own action pages (no login while the answer is fresh). */
    static final String QUERY_PAGES = "/certificate-query/certificates/";

    private final OrderManagement orders;
    private final HeldCertificates certificates;
    private final DataProtection protection;
    private final CertificateActions actions;

    QueryContacts(OrderManagement orders, HeldCertificates certificates, DataProtection protection,
            CertificateActions actions) {
        this.orders = orders;
        this.certificates = certificates;
        this.protection = protection;
        this.actions = actions;
    }

    /** One who may receive the code; {@code decoy} when the subject has no certificates here. */
    record Contact(String role, String name, MobileNumber mobile, boolean decoy) {

        QueryHandler masked(int index) {
            return new QueryHandler(index, role, maskName(name), mobile.masked());
        }
    }

    List<Contact> of(String subjectCode) {
        List<OrderDetails> held = withCertificates(subjectCode);
        Map<String, Contact> byMobile = new LinkedHashMap<>();
        for (OrderDetails o : held) {
            Subject s = o.draft().subject();
            if (s != null) {
                byMobile.putIfAbsent(s.handler().mobile(), contact("HANDLER", s.handler()));
            }
        }
        for (OrderDetails o : held) {
            if (o.draft().subject() instanceof Subject.Organization org) {
                byMobile.putIfAbsent(org.legalRep().mobile(), contact("LEGAL_REP", org.legalRep()));
            }
        }
        List<Contact> found = byMobile.values().stream().limit(MAX).toList();
        return found.isEmpty() ? decoys(subjectCode) : found;
    }

    List<QueriedCertificate> certificates(String subjectCode) {
        return held(subjectCode).stream().map(this::shown).toList();
    }

    /** The subject's certificates with their actions. */
    List<HeldCertificateView> held(String subjectCode) {
        List<UUID> ids = orders.ofSubject(subjectCode).stream().map(o -> o.id().id()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return certificates.findByOrders(ids).stream().map(HeldCertificate::view).map(actions::withActions)
                .toList();
    }

    private List<OrderDetails> withCertificates(String subjectCode) {
        List<OrderDetails> all = orders.ofSubject(subjectCode);
        if (all.isEmpty()) {
            return List.of();
        }
        Set<UUID> holding = certificates.findByOrders(all.stream().map(o -> o.id().id()).toList()).stream()
                .map(HeldCertificate::applicationId).collect(Collectors.toSet());
        return all.stream().filter(o -> holding.contains(o.id().id()))
                .sorted(Comparator.comparing((OrderDetails o) -> o.order().createdAt()).reversed()).toList();
    }

    private QueriedCertificate shown(HeldCertificateView c) {
        boolean organisation = "ORGANIZATION".equals(c.profile()) || "ESEAL".equals(c.profile());
        return new QueriedCertificate(c.serialHex(), organisation ? c.subjectName() : maskName(c.subjectName()),
                c.productCode(), c.medium(), c.notBefore(), c.notAfter(), c.status(), actions(c));
    }

    /**
     * What the holder may start now ({@link CertificateActions}, the one rule): renewal, unlock and revocation on the
     * query's own pages without login; information change and reissue need the wizard, so behind a login.
     */
    private List<QueryAction> actions(HeldCertificateView c) {
        return c.actions().stream().filter(CertificateAction::allowed).map(a -> new QueryAction(a.action().name(),
                switch (a.action()) {
                    case RENEW -> QUERY_PAGES + c.serialHex() + "/renewal";
                    case UNLOCK -> QUERY_PAGES + c.serialHex() + "/unlock";
                    case REVOKE -> QUERY_PAGES + c.serialHex() + "/revocation";
                    default -> "/login?next=" + a.link();
                })).toList();
    }

    private List<Contact> decoys(String subjectCode) {
        byte[] h = HexFormat.of().parseHex(protection.keyedHash("certificate-query-decoy:" + subjectCode));
        int count = 1 + (h[0] & 1);
        List<Contact> decoys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int o = 1 + i * 12;
            String surname = String.valueOf(SURNAMES.charAt((h[o] & 0xff) % SURNAMES.length()));
            String name = surname + ((h[o + 1] & 1) == 0 ? "某" : "某某");
            StringBuilder mobile = new StringBuilder("1").append(PREFIXES.charAt((h[o + 2] & 0xff) % 3));
            for (int d = 0; d < 9; d++) {
                mobile.append((h[o + 3 + d] & 0xff) % 10);
            }
            decoys.add(new Contact(i == 0 ? "HANDLER" : "LEGAL_REP", name, new MobileNumber(mobile.toString()),
                    true));
        }
        return decoys;
    }

    private static Contact contact(String role, Subject.Party party) {
        return new Contact(role, party.name(), new MobileNumber(party.mobile()), false);
    }

    static String maskName(String name) {
        return Masking.maskName(name);
    }
}
