package com.certhall.pki.ocsp;

import com.certhall.pki.CertificateStatus;
import com.certhall.pki.RevocationReason;
import com.certhall.pki.ca.Ca;
import com.certhall.pki.ca.Der;
import com.certhall.pki.persistence.CertificateRows.Status;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.operator.ContentSigner;
import org.jspecify.annotations.Nullable;

/**
 * Writes the DER of a successful OCSPResponse (RFC 6960 §4.2.1) straight, so that an answer costs little more than its
 * signature (docs/pki.md "OCSP"). What does not change between answers is encoded once per OCSP signer (the
 * ResponderID, the signature algorithm, the {@code certs} field with the signer's certificate) and the times once per
 * second; per answer only the SingleResponses, the nonce and the signature are written. The encodings are DER
 * (X.690 §10: definite lengths in the fewest octets, DEFAULT version left out, no fraction of a second in
 * GeneralizedTime as RFC 5280 §4.1.2.5.2 asks); openssl and the JDK's PKIX revocation checker verify them
 * ({@code OcspEncodingTests}).
 */
final class ResponseWriter {

    /** One certificate's answer: its CertID as DER and its status row (empty: unknown). */
    record Single(byte[] certId, @Nullable Status status) {
    }

    private record Signer(Ca.OcspSigning signing, byte[] responderId, byte[] algorithm, byte[] certs) {
    }

    private record Times(long second, byte[] now, byte[] next) {
    }

    private static final byte SEQUENCE = 0x30;
    private static final byte[] GOOD = {(byte) 0x80, 0}; // [0] IMPLICIT NULL
    private static final byte[] UNKNOWN = {(byte) 0x82, 0}; // [2] IMPLICIT NULL
    private static final byte[] SUCCESSFUL = {0x0a, 1, 0}; // OCSPResponseStatus successful
    private static final byte[] BASIC = Der.encode(OCSPObjectIdentifiers.id_pkix_ocsp_basic);
    private static final byte[] INVALIDITY_DATE = Der.encode(Extension.invalidityDate);

    private final Duration validity;
    private final Map<String, Signer> signers = new ConcurrentHashMap<>();
    private volatile Times times = new Times(Long.MIN_VALUE, new byte[0], new byte[0]);

    ResponseWriter(Duration validity) {
        this.validity = validity;
    }

    /**
     * The OCSPResponse for these answers, signed now by the CA's OCSP signer; {@code nonce} (the request's
     * extension) is echoed as the only response extension (RFC 6960 §4.4.1).
     */
    byte[] write(Ca ca, IssuerIndex issuers, Instant now, List<Single> answers, @Nullable Extension nonce)
            throws IOException {
        Ca.OcspSigning signing = ca.ocsp();
        ContentSigner contentSigner = signing.signer().contentSigner();
        Signer parts = signer(ca, signing, issuers, contentSigner);
        Times t = times(now.getEpochSecond());
        byte[][] singles = new byte[answers.size()][];
        for (int i = 0; i < singles.length; i++) {
            singles[i] = single(answers.get(i), t);
        }
        byte[] responseData = nonce == null
                ? Der.tlv(SEQUENCE, parts.responderId(), t.now(), Der.tlv(SEQUENCE, singles))
                : Der.tlv(SEQUENCE, parts.responderId(), t.now(), Der.tlv(SEQUENCE, singles),
                        Der.tlv(0xa1, Der.tlv(SEQUENCE, Der.encode(nonce))));
        try (OutputStream out = contentSigner.getOutputStream()) {
            out.write(responseData);
        }
        byte[] signature = contentSigner.getSignature();
        byte[] basic = Der.tlv(SEQUENCE, responseData, parts.algorithm(), Der.tlv(0x03, new byte[] {0}, signature),
                parts.certs());
        return Der.tlv(SEQUENCE, SUCCESSFUL, Der.tlv(0xa0, Der.tlv(SEQUENCE, BASIC, Der.tlv(0x04, basic))));
    }

    private Signer signer(Ca ca, Ca.OcspSigning signing, IssuerIndex issuers, ContentSigner contentSigner)
            throws IOException {
        Signer known = signers.get(ca.name());
        if (known != null && known.signing() == signing) {
            return known;
        }
        RespID responderId;
        try {
            responderId = issuers.responderId(ca);
        } catch (Exception e) {
            throw new IOException("no ResponderID for " + ca.name(), e);
        }
        Signer fresh = new Signer(signing, Der.encode(responderId.toASN1Primitive()),
                Der.encode(contentSigner.getAlgorithmIdentifier()),
                Der.encode(new DERTaggedObject(true, 0, new DERSequence(signing.certificate().toASN1Structure()))));
        signers.put(ca.name(), fresh);
        return fresh;
    }

    /** thisUpdate = producedAt (RFC 5019 §2.2.4) and nextUpdate, encoded once per second. */
    private Times times(long second) {
        Times t = times;
        if (t.second() != second) {
            t = new Times(second, generalizedTime(second), Der.tlv(0xa0, generalizedTime(second + validity.toSeconds())));
            times = t;
        }
        return t;
    }

    // SingleResponse: certID, certStatus, thisUpdate, nextUpdate [0], singleExtensions [1] (RFC 6960 §4.2.1)
    private static byte[] single(Single answer, Times t) throws IOException {
        Status s = answer.status();
        if (s == null) {
            return Der.tlv(SEQUENCE, answer.certId(), UNKNOWN, t.now(), t.next());
        }
        if (s.status() == CertificateStatus.GOOD) {
            return Der.tlv(SEQUENCE, answer.certId(), GOOD, t.now(), t.next());
        }
        if (s.revokedAt() == null) {
            throw new IOException("a " + s.status() + " certificate without a revocation time"); // internalError
        }
        // RFC 5280 §5.3.1 (as the CRL does): "unspecified" is expressed by leaving the reason out
        byte[] time = generalizedTime(s.revokedAt().getEpochSecond());
        byte[] revoked = s.reason() == null || s.reason() == RevocationReason.UNSPECIFIED
                ? Der.tlv(0xa1, time)
                : Der.tlv(0xa1, time, Der.tlv(0xa0, new byte[] {0x0a, 1, (byte) s.reason().code()}));
        if (s.invalidityDate() == null) {
            return Der.tlv(SEQUENCE, answer.certId(), revoked, t.now(), t.next());
        }
        // RFC 6960 §4.4.7: the invalidity date (RFC 5280 §5.3.2) as a singleExtension, non-critical
        byte[] invalidity = Der.tlv(SEQUENCE, INVALIDITY_DATE,
                Der.tlv(0x04, generalizedTime(s.invalidityDate().getEpochSecond())));
        return Der.tlv(SEQUENCE, answer.certId(), revoked, t.now(), t.next(), Der.tlv(0xa1, Der.tlv(SEQUENCE, invalidity)));
    }

    /** GeneralizedTime YYYYMMDDHHMMSSZ (RFC 5280 §4.1.2.5.2). */
    static byte[] generalizedTime(long epochSecond) {
        return Der.generalizedTime(epochSecond);
    }
}
