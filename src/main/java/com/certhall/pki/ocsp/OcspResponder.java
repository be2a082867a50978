package com.certhall.pki.ocsp;

import com.certhall.pki.ca.Ca;
import com.certhall.pki.ca.CaRegistry;
import com.certhall.pki.ca.Crypto;
import com.certhall.pki.ca.PkiProperties;
import com.certhall.pki.persistence.CertificateRows.Status;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * RFC 6960 responder. Answers good, revoked (time and reason; certificateHold for held ones) or unknown from the
 * database, signed by the issuing CA's delegated OCSP signer. Requests with a nonce get a freshly signed response
 * echoing it (1–128 octets, RFC 9654); single requests without one are answered from {@link OcspResponseCache} (RFC 5019). Anything that is
 * not a well-formed request gets {@code malformedRequest}; a CA we do not run gets {@code unauthorized}.
 */
@Component
public class OcspResponder {

    private static final int MAX_NONCE_OCTETS = 128;
    static final String METER = "certhall.ocsp.responses";

    private final OcspResponseCache cache;
    private final Duration validity;
    private final Clock clock;
    private final IssuerIndex issuers;
    private final ResponseWriter writer;
    // answers by source, for the operators' dashboards (docs/deployment.md, "Metrics"): the cache's hit rate is
    // cached / (cached + signed)
    private final Counter cached;
    private final Counter signed;
    private final Counter refused;

    OcspResponder(CaRegistry registry, OcspResponseCache cache, PkiProperties properties, Clock clock,
            MeterRegistry meters) throws Exception {
        this.cache = cache;
        this.cached = meters.counter(METER, "source", "cache");
        this.signed = meters.counter(METER, "source", "signed");
        this.refused = meters.counter(METER, "source", "refused");
        this.validity = properties.ocspValidity();
        this.clock = clock;
        this.issuers = new IssuerIndex(registry,
                new JcaDigestCalculatorProviderBuilder().setProvider(Crypto.BC).build());
        this.writer = new ResponseWriter(validity);
    }

    /** The DER OCSPResponse for a DER OCSPRequest; never throws for bad input. */
    public byte[] respond(byte[] requestDer) {
        return answer(requestDer).der();
    }

    /** The response with what HTTP caching needs to know about it. */
    OcspAnswer answer(byte[] requestDer) {
        OcspAnswer hit = cache.lookup(requestDer);
        if (hit != null) {
            cached.increment();
            return hit;
        }
        OCSPReq request;
        try {
            request = new OCSPReq(requestDer);
        } catch (IOException | RuntimeException e) {
            return refusal(OCSPRespBuilder.MALFORMED_REQUEST);
        }
        Req[] list = request.getRequestList();
        if (list.length == 0) {
            return refusal(OCSPRespBuilder.MALFORMED_REQUEST);
        }
        Ca ca = issuers.find(list[0].getCertID());
        if (ca == null || ca.ocsp() == null) {
            return refusal(OCSPRespBuilder.UNAUTHORIZED);
        }
        for (Req req : list) {
            if (issuers.find(req.getCertID()) != ca) {
                return refusal(OCSPRespBuilder.UNAUTHORIZED);
            }
        }
        Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce == null && list.length == 1) {
            boolean[] fresh = {false};
            OcspAnswer answer = cache.get(ca, list[0].getCertID(), requestDer, () -> {
                fresh[0] = true;
                return sign(ca, list, null);
            });
            (fresh[0] ? signed : cached).increment();
            return answer;
        }
        if (nonce != null && !acceptable(nonce)) {
            return refusal(OCSPRespBuilder.MALFORMED_REQUEST);
        }
        signed.increment();
        return OcspAnswer.uncacheable(sign(ca, list, nonce).der());
    }

    /**
     * RFC 9654 §2.1: the nonce is an OCTET STRING of 1 to 128 octets inside extnValue; a longer (or empty) one is a
     * malformed request. A client that put the bare value into extnValue is measured by that.
     */
    private static boolean acceptable(Extension nonce) {
        byte[] value = nonce.getExtnValue().getOctets();
        int length;
        try {
            length = ASN1OctetString.getInstance(value).getOctets().length;
        } catch (RuntimeException e) {
            length = value.length;
        }
        return length >= 1 && length <= MAX_NONCE_OCTETS;
    }

    /** Signs a response for these requests now; {@code nonce} is echoed when present (RFC 6960 §4.4.1). */
    OcspAnswer sign(Ca ca, Req[] requests, @Nullable Extension nonce) {
        try {
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            List<ResponseWriter.Single> answers = new ArrayList<>(requests.length);
            for (Req req : requests) {
                CertificateID id = req.getCertID();
                Optional<Status> status = cache.status(ca.name(), Crypto.serialHex(id.getSerialNumber()));
                answers.add(new ResponseWriter.Single(id.toASN1Primitive().getEncoded(ASN1Encoding.DER),
                        status.orElse(null)));
            }
            return new OcspAnswer(writer.write(ca, issuers, now, answers, nonce), now, now.plus(validity));
        } catch (Exception e) {
            return status(OCSPRespBuilder.INTERNAL_ERROR);
        }
    }

    private OcspAnswer refusal(int status) {
        refused.increment();
        return status(status);
    }

    static OcspAnswer status(int status) {
        try {
            return OcspAnswer.uncacheable(new OCSPRespBuilder().build(status, null).getEncoded());
        } catch (OCSPException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses a response we produced (tests, benchmark). */
    public static OCSPResp parse(byte[] der) throws IOException {
        return new OCSPResp(der);
    }
}
