package com.certhall.pki.tsa;

import com.certhall.pki.KeyAlgorithm;
import com.certhall.pki.ca.Ca;
import com.certhall.pki.ca.Crypto;
import com.certhall.pki.ca.PkiProperties;
import com.certhall.pki.ca.SerialNumbers;
import com.certhall.pki.ca.ServiceKeys;
import com.certhall.pki.ca.ServiceKeys.Purpose;
import com.certhall.pki.ca.ServiceKeys.ServiceKey;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * RFC 3161 time-stamping authority (docs/pki.md "Time stamping"). Each issuing CA has a time-stamping unit; an SM3
 * imprint is answered by the SM2 unit, any other by the P-256 unit (then RSA, then SM2, whichever exists), unless the
 * caller names the CA. Accepted imprints: SHA-256/384/512 and SM3 (SHA-1 is refused, NIST SP 800-131A Rev. 2).
 * Every answer is a TimeStampResp; garbage gets {@code rejection} with {@code badDataFormat}, never an exception.
 */
@Component
public class TimeStampAuthority {

    private static final Logger log = LoggerFactory.getLogger(TimeStampAuthority.class);
    static final Set<ASN1ObjectIdentifier> DIGESTS = Set.of(NISTObjectIdentifiers.id_sha256,
            NISTObjectIdentifiers.id_sha384, NISTObjectIdentifiers.id_sha512, GMObjectIdentifiers.sm3);
    private static final List<KeyAlgorithm> PREFERENCE = List.of(KeyAlgorithm.EC_P256, KeyAlgorithm.RSA_2048,
            KeyAlgorithm.SM2);

    private final ServiceKeys keys;
    private final ASN1ObjectIdentifier policy;
    private final Clock clock;

    TimeStampAuthority(ServiceKeys keys, PkiProperties properties, Clock clock) {
        this.keys = keys;
        this.policy = policyOf(properties);
        this.clock = clock;
    }

    /** The TSA policy: the certificate policy's arc with the last number + 1 (docs/pki.md). */
    static ASN1ObjectIdentifier policyOf(PkiProperties properties) {
        String oid = properties.policyOid();
        int dot = oid.lastIndexOf('.');
        long last = Long.parseLong(oid.substring(dot + 1));
        return new ASN1ObjectIdentifier(oid.substring(0, dot + 1) + (last + 1));
    }

    public ASN1ObjectIdentifier policy() {
        return policy;
    }

    /** The DER TimeStampResp for a DER TimeStampReq; {@code caName} picks the unit, or null for the default. */
    public byte[] respond(byte[] requestDer, @Nullable String caName) {
        TimeStampRequest request;
        try {
            request = new TimeStampRequest(requestDer);
        } catch (IOException | RuntimeException e) {
            return rejection(PKIFailureInfo.badDataFormat, "the request is not a DER TimeStampReq");
        }
        Optional<ServiceKey> unit = caName != null ? keys.find(caName, Purpose.TSA) : unitFor(request);
        if (unit.isEmpty()) {
            return rejection(PKIFailureInfo.systemFailure, "no time-stamping unit for this request");
        }
        try {
            TimeStampResponseGenerator generator = new TimeStampResponseGenerator(tokenGenerator(unit.get()),
                    DIGESTS, Set.of(policy), Set.of());
            Instant at = clock.instant();
            TimeStampResponse response = generator.generate(request, SerialNumbers.next(at, s -> false),
                    Date.from(at));
            return response.getEncoded();
        } catch (TSPException | IOException | IllegalArgumentException e) {
            log.warn("Time-stamp request refused: {}", e.getMessage());
            return rejection(PKIFailureInfo.badRequest, "the request cannot be answered");
        }
    }

    private Optional<ServiceKey> unitFor(TimeStampRequest request) {
        if (GMObjectIdentifiers.sm3.equals(request.getMessageImprintAlgOID())) {
            return keys.find(KeyAlgorithm.SM2.issuingCaName(), Purpose.TSA);
        }
        for (KeyAlgorithm algorithm : PREFERENCE) {
            Optional<ServiceKey> unit = keys.find(algorithm.issuingCaName(), Purpose.TSA);
            if (unit.isPresent()) {
                return unit;
            }
        }
        return Optional.empty();
    }

    private TimeStampTokenGenerator tokenGenerator(ServiceKey unit) throws TSPException {
        try {
            SignerInfoGenerator signerInfo = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(Crypto.BC).build())
                    .build(unit.signer().contentSigner(), unit.certificate());
            // ESSCertIDv2 with SHA-256 (RFC 5816), which OpenSSL and PDF validators check.
            DigestCalculator certIdDigest = new JcaDigestCalculatorProviderBuilder().setProvider(Crypto.BC).build()
                    .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
            TimeStampTokenGenerator generator = new TimeStampTokenGenerator(signerInfo, certIdDigest, policy);
            generator.setAccuracySeconds(1);
            // The unit's certificate and its issuing CA: enough for a verifier that trusts the root.
            generator.addCertificates(new JcaCertStore(unit.chain().subList(0, Math.min(2, unit.chain().size()))
                    .stream().map(Ca::toJca).toList()));
            return generator;
        } catch (OperatorCreationException | java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("cannot set up the time-stamping unit of " + unit.ca().name(), e);
        }
    }

    private static byte[] rejection(int failure, String text) {
        try {
            return new TimeStampResponseGenerator(null, DIGESTS)
                    .generateFailResponse(PKIStatus.REJECTION, failure, text).getEncoded();
        } catch (TSPException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
