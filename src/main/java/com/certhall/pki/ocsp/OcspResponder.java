package com.certhall.pki.ocsp;

import com.certhall.pki.CertificateStatus;
import com.certhall.pki.ca.Ca;
import com.certhall.pki.ca.CaRegistry;
import com.certhall.pki.ca.Crypto;
import com.certhall.pki.ca.PkiProperties;
import com.certhall.pki.persistence.CertificateRows;
import com.certhall.pki.persistence.CertificateRows.Status;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

/**
 * RFC 6960 responder. Answers good, revoked (time and reason; certificateHold for held ones) or unknown from the
 * database, signed by the issuing CA's delegated OCSP signer. Requests with a nonce get a freshly signed response
 * echoing it; single requests without one are answered from {@link OcspResponseCache} (RFC 5019). Anything that is
 * not a well-formed request gets {@code malformedRequest}; a CA we do not run gets {@code unauthorized}.
 */
@Component
public class OcspResponder {

    private final CaRegistry registry;
    private final CertificateRows certificates;
    private final OcspResponseCache cache;
    private final Duration validity;
    private final Clock clock;
    private final DigestCalculatorProvider digests;

    OcspResponder(CaRegistry registry, CertificateRows certificates, OcspResponseCache cache,
            PkiProperties properties, Clock clock) throws Exception {
        this.registry = registry;
        this.certificates = certificates;
        this.cache = cache;
        this.validity = properties.ocspValidity();
        this.clock = clock;
        this.digests = new JcaDigestCalculatorProviderBuilder().setProvider(Crypto.BC).build();
    }

    /** The DER OCSPResponse for a DER OCSPRequest; never throws for bad input. */
    public byte[] respond(byte[] requestDer) {
        byte[] cached = cache.lookup(requestDer);
        if (cached != null) {
            return cached;
        }
        OCSPReq request;
        try {
            request = new OCSPReq(requestDer);
        } catch (IOException | RuntimeException e) {
            return status(OCSPRespBuilder.MALFORMED_REQUEST);
        }
        Req[] list = request.getRequestList();
        if (list.length == 0) {
            return status(OCSPRespBuilder.MALFORMED_REQUEST);
        }
        Optional<Ca> issuer = issuerOf(list[0].getCertID());
        if (issuer.isEmpty() || issuer.get().ocsp() == null) {
            return status(OCSPRespBuilder.UNAUTHORIZED);
        }
        for (Req req : list) {
            if (!matches(req.getCertID(), issuer.get())) {
                return status(OCSPRespBuilder.UNAUTHORIZED);
            }
        }
        Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce == null && list.length == 1) {
            Ca ca = issuer.get();
            return cache.get(ca, list[0].getCertID(), requestDer, () -> sign(ca, list, null));
        }
        return sign(issuer.get(), list, nonce);
    }

    /** Signs a response for these requests now; {@code nonce} is echoed when present (RFC 6960 §4.4.1). */
    byte[] sign(Ca ca, Req[] requests, Extension nonce) {
        Ca.OcspSigning signing = ca.ocsp();
        try {
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(
                    new RespID(signing.certificate().getSubjectPublicKeyInfo(), digests.get(CertificateID.HASH_SHA1)));
            for (Req req : requests) {
                CertificateID id = req.getCertID();
                builder.addResponse(id, statusOf(ca, id), Date.from(now), Date.from(now.plus(validity)), null);
            }
            if (nonce != null) {
                builder.setResponseExtensions(new Extensions(nonce));
            }
            var basic = builder.build(signing.signer().contentSigner(),
                    new X509CertificateHolder[] {signing.certificate()}, Date.from(now));
            return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
        } catch (OCSPException | IOException | OperatorCreationException | RuntimeException e) {
            return status(OCSPRespBuilder.INTERNAL_ERROR);
        }
    }

    private org.bouncycastle.cert.ocsp.CertificateStatus statusOf(Ca ca, CertificateID id) {
        Optional<Status> status = certificates.status(ca.name(), Crypto.serialHex(id.getSerialNumber()));
        if (status.isEmpty()) {
            return new UnknownStatus();
        }
        Status s = status.get();
        if (s.status() == CertificateStatus.GOOD) {
            return org.bouncycastle.cert.ocsp.CertificateStatus.GOOD;
        }
        int reason = s.reason() == null ? CRLReason.unspecified : s.reason().code();
        return new RevokedStatus(Date.from(s.revokedAt()), reason);
    }

    private Optional<Ca> issuerOf(CertificateID id) {
        return registry.all().stream().filter(ca -> matches(id, ca)).findFirst();
    }

    private boolean matches(CertificateID id, Ca ca) {
        try {
            return id.matchesIssuer(ca.certificate(), digests);
        } catch (OCSPException | RuntimeException e) {
            return false;
        }
    }

    static byte[] status(int status) {
        try {
            return new OCSPRespBuilder().build(status, null).getEncoded();
        } catch (OCSPException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses a response we produced (tests, benchmark). */
    public static OCSPResp parse(byte[] der) throws IOException {
        return new OCSPResp(der);
    }
}
