package com.certhall.lifecycle.domain;

import com.certhall.catalog.Medium;
import com.certhall.lifecycle.CloudCertificateIssued;
import com.certhall.lifecycle.PinCourier;
import com.certhall.lifecycle.PinReady;
import com.certhall.lifecycle.ProductionUnavailableException;
import com.certhall.lifecycle.provider.TokenWriter;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderDraft.OrderLine;
import com.certhall.pki.CertificateAuthority;
import com.certhall.pki.CertificateProfile;
import com.certhall.pki.CloudKeys;
import com.certhall.pki.IssuanceRequest;
import com.certhall.pki.IssuedCertificate;
import com.certhall.pki.IssuedWithKey;
import com.certhall.pki.KeyAlgorithm;
import com.certhall.pki.SubjectData;
import com.certhall.shared.DataProtection;
import com.certhall.shared.SiteProperties;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * One certificate of one order line, inside the {@link IssuanceDriver}'s per-certificate transaction: from the
 * holder's CSR, or with a key the CA makes — kept in custody for a cloud certificate (docs/signing.md), written to a
 * UKEY otherwise. A UKEY's PIN is sealed and handed over ({@link PinReady}, docs/lifecycle.md, "PIN hand-over"); a
 * cloud certificate has no PIN to hand over — its holder sets one on activation ({@link CloudCertificateIssued}).
 */
@Component
class LineIssuer {

    private static final Logger log = LoggerFactory.getLogger(LineIssuer.class);

    private final CertificateAuthority ca;
    private final CloudKeys cloudKeys;
    private final HeldCertificates certificates;
    private final PinDeliveries pins;
    private final ObjectProvider<TokenWriter> tokenWriters;
    private final DataProtection protection;
    private final ApplicationEventPublisher events;
    private final SiteProperties site;
    private final Clock clock;

    LineIssuer(CertificateAuthority ca, CloudKeys cloudKeys, HeldCertificates certificates, PinDeliveries pins,
            ObjectProvider<TokenWriter> tokenWriters, DataProtection protection, ApplicationEventPublisher events,
            SiteProperties site, Clock clock) {
        this.ca = ca;
        this.cloudKeys = cloudKeys;
        this.certificates = certificates;
        this.pins = pins;
        this.tokenWriters = tokenWriters;
        this.protection = protection;
        this.events = events;
        this.site = site;
        this.clock = clock;
    }

    /** Issues the certificate of one line (request id {@code requestId}) and, for a server-made key, hands over its PIN. */
    HeldCertificate issue(OrderDetails order, int lineIndex, String requestId) {
        OrderLine line = order.draft().lines().get(lineIndex);
        CertificateProfile profile = SubjectMapping.profile(line.certType().name());
        KeyAlgorithm algorithm = SubjectMapping.algorithm(line.keyAlgorithm().name());
        SubjectData subject = SubjectMapping.subject(order.draft().subject(), profile);
        HeldCertificate.Origin origin = new HeldCertificate.Origin(requestId, order.id().id(),
                order.order().number(), order.order().accountId(), lineIndex, line.productCode(), line.medium().name(),
                subject.commonName());
        boolean fromCsr = line.csrPem() != null && !line.csrPem().isBlank();
        if (fromCsr) {
            IssuedCertificate c = ca.issue(IssuanceRequest.forCsr(requestId, profile, algorithm, subject,
                    line.years(), line.csrPem()));
            return certificates.save(HeldCertificate.of(origin, issued(c, false), clock.instant()));
        }
        IssuanceRequest request = IssuanceRequest.withGeneratedKey(requestId, profile, algorithm, subject,
                line.years());
        if (line.medium() == Medium.CLOUD) {
            // a cloud certificate's key stays in the CA's custody without a PIN: the holder sets the signing PIN on
            // activation, so the message carries the activation link and no PIN (docs/signing.md)
            CloudKeys.IssuedCloudKey c = cloudKeys.issue(request);
            HeldCertificate held = certificates.save(HeldCertificate.of(origin, issued(c.certificate(), true),
                    clock.instant()));
            events.publishEvent(new CloudCertificateIssued(held.serialHex(), order.id(), order.order().number(),
                    subject.commonName(), site.link(CloudCertificateIssued.activationPath(held.serialHex()))));
            return held;
        }
        IssuedWithKey k = ca.issueWithGeneratedKey(request);
        HeldCertificate held = certificates.save(HeldCertificate.of(origin, issued(k.certificate(), true),
                clock.instant()));
        if (k.pin() == null) {
            // the CA had issued this request id before and keeps only the PIN's hash: the PIN went out then
            log.warn("order {}: certificate {} was issued earlier; no new PIN to deliver", order.order().number(),
                    held.serialHex());
            return held;
        }
        TokenWriter writer = tokenWriters.getIfAvailable();
        if (writer == null) {
            throw new ProductionUnavailableException("no TokenWriter is configured");
        }
        try {
            held.writtenTo(writer.write(order.order().number(), held.serialHex(), k.pkcs12(), k.pin()));
        } catch (TokenWriter.TokenWriteException e) {
            throw new ProductionUnavailableException(e.getMessage());
        }
        return handOver(order, held, k.pin());
    }

    private HeldCertificate handOver(OrderDetails order, HeldCertificate held, String pin) {
        String mobile = order.draft().subject().handler().mobile();
        PinDelivery delivery = pins.save(PinDelivery.pending(held.id(), protection.encrypt(pin),
                protection.encrypt(mobile), clock.instant()));
        events.publishEvent(new PinReady(delivery.id(), order.id(), order.order().number(), held.serialHex(), mobile,
                order.order().language(), keyHome(order)));
        return held;
    }

    private static PinCourier.KeyHome keyHome(OrderDetails order) {
        boolean pickup = order.draft().delivery() != null && "PICKUP".equals(order.draft().delivery().method().name());
        return pickup ? PinCourier.KeyHome.UKEY_AT_DESK : PinCourier.KeyHome.UKEY_BY_MAIL;
    }

    private static HeldCertificate.Issued issued(IssuedCertificate c, boolean serverKey) {
        return new HeldCertificate.Issued(c.serialHex(), c.caName(), c.profile().name(), c.algorithm().name(),
                serverKey, c.notBefore(), c.notAfter());
    }
}
