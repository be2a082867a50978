package com.certhall.pki.cms;

import com.certhall.pki.CadesSignatures.SignerStatus;
import com.certhall.pki.CadesSignatures.Verified;
import com.certhall.pki.CertificateAuthority;
import com.certhall.pki.CertificateRecord;
import com.certhall.pki.CertificateStatus;
import com.certhall.pki.ca.CaRegistry;
import com.certhall.pki.ca.Crypto;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a detached CAdES signature as a relying party would (docs/seals.md "Verifying"): the content digest, the
 * signature over the signed attributes with the certificate in the CMS, signing-certificate(-v2), a signature
 * time-stamp over the signature value, and — for certificates this platform issued — their status now and when
 * signed, from the CA's own records (the same state OCSP and CRLs answer from).
 */
@Component
class CadesVerifier {

    private final CaRegistry registry;
    private final CertificateAuthority authority;
    private final Clock clock;

    CadesVerifier(CaRegistry registry, CertificateAuthority authority, Clock clock) {
        this.registry = registry;
        this.authority = authority;
        this.clock = clock;
    }

    @SuppressWarnings("unchecked")
    Verified verify(byte[] cms, byte[] content, @Nullable Instant claimedTime) {
        CMSSignedData signed;
        SignerInformation signer;
        try {
            signed = new CMSSignedData(new CMSProcessableByteArray(content), unpadded(cms));
            signer = signed.getSignerInfos().getSigners().iterator().next();
        } catch (CMSException | IOException | RuntimeException e) {
            return failed("not a CMS SignedData");
        }
        Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            return failed("the signer's certificate is not in the signature");
        }
        X509CertificateHolder certificate = matches.iterator().next();
        boolean digestMatches = true;
        boolean signatureValid;
        try {
            signatureValid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Crypto.BC)
                    .build(certificate));
        } catch (CMSSignerDigestMismatchException e) {
            digestMatches = false;
            signatureValid = false;
        } catch (Exception e) {
            signatureValid = false;
        }
        Instant stamped = null;
        boolean stampValid = false;
        Attribute stamp = signer.getUnsignedAttributes() == null ? null
                : signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (stamp != null) {
            try {
                TimeStampToken token = new TimeStampToken(new CMSSignedData(
                        stamp.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
                X509CertificateHolder unit = (X509CertificateHolder) token.getCertificates().getMatches(token.getSID())
                        .iterator().next();
                token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Crypto.BC).build(unit));
                byte[] imprint = MessageDigest.getInstance(token.getTimeStampInfo().getMessageImprintAlgOID().getId(),
                        Crypto.BC).digest(signer.getSignature());
                stampValid = Arrays.equals(imprint, token.getTimeStampInfo().getMessageImprintDigest());
                stamped = stampValid ? token.getTimeStampInfo().getGenTime().toInstant() : null;
            } catch (Exception e) {
                stampValid = false;
            }
        }
        boolean issuedHere = registry.all().stream().anyMatch(ca -> ca.certificate().getSubject()
                .equals(certificate.getIssuer()) && signedBy(certificate, ca.certificate()));
        String serial = Crypto.serialHex(certificate.getSerialNumber());
        Optional<CertificateRecord> record = issuedHere ? authority.find(serial) : Optional.empty();
        Instant at = stamped != null ? stamped : claimedTime;
        return new Verified(digestMatches, signatureValid, bound(signer, certificate), issuedHere,
                certificate.getSubject().toString(), serial, certificate.getIssuer().toString(),
                algorithm(signer), CadesValidationData.der(certificate), stamped, stampValid,
                status(certificate, record, clock.instant()), at == null ? null : status(certificate, record, at),
                null);
    }

    private static Verified failed(String problem) {
        return new Verified(false, false, false, false, null, null, null, null, null, null, false,
                SignerStatus.UNKNOWN, null, problem);
    }

    private static SignerStatus status(X509CertificateHolder certificate, Optional<CertificateRecord> record,
            Instant at) {
        if (at.isBefore(certificate.getNotBefore().toInstant())) {
            return SignerStatus.NOT_YET_VALID;
        }
        if (at.isAfter(certificate.getNotAfter().toInstant())) {
            return SignerStatus.EXPIRED;
        }
        if (record.isEmpty()) {
            return SignerStatus.UNKNOWN;
        }
        CertificateRecord r = record.get();
        Instant since = r.invalidityDate() != null && r.revokedAt() != null && r.invalidityDate().isBefore(r.revokedAt())
                ? r.invalidityDate() : r.revokedAt();
        if (r.status() == CertificateStatus.GOOD || since == null || at.isBefore(since)) {
            return SignerStatus.GOOD;
        }
        return r.status() == CertificateStatus.ON_HOLD ? SignerStatus.ON_HOLD : SignerStatus.REVOKED;
    }

    // RFC 5035 §3 / RFC 2634 §5.4: the first ESSCertID(v2) must be the signer's certificate
    private static boolean bound(SignerInformation signer, X509CertificateHolder certificate) {
        if (signer.getSignedAttributes() == null) {
            return false;
        }
        try {
            byte[] der = certificate.getEncoded();
            Attribute v2 = signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            if (v2 != null) {
                ESSCertIDv2 id = SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0)).getCerts()[0];
                AlgorithmIdentifier hash = id.getHashAlgorithm();
                return Arrays.equals(id.getCertHash(), MessageDigest.getInstance(hash.getAlgorithm().getId(),
                        Crypto.BC).digest(der));
            }
            Attribute v1 = signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificate);
            if (v1 != null) {
                ESSCertID id = SigningCertificate.getInstance(v1.getAttrValues().getObjectAt(0)).getCerts()[0];
                return Arrays.equals(id.getCertHash(), Crypto.sha1(der));
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    private static String algorithm(SignerInformation signer) {
        if (GMObjectIdentifiers.sm2sign_with_sm3.getId().equals(signer.getEncryptionAlgOID())) {
            return "SM3withSM2";
        }
        DefaultAlgorithmNameFinder names = new DefaultAlgorithmNameFinder();
        String name = PKCSObjectIdentifiers.rsaEncryption.getId().equals(signer.getEncryptionAlgOID())
                ? names.getAlgorithmName(signer.getDigestAlgorithmID()) + "WITHRSA"
                : names.getAlgorithmName(new org.bouncycastle.asn1.ASN1ObjectIdentifier(signer.getEncryptionAlgOID()));
        return name.replace("WITH", "with");
    }

    /** The CMS without the zeros a PDF's {@code /Contents} pads it with (ISO 32000-2 §12.8.1). */
    static byte[] unpadded(byte[] cms) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(cms)) {
            ASN1Primitive object = in.readObject();
            if (object == null) {
                throw new IOException("empty signature");
            }
            return object.getEncoded();
        }
    }

    static boolean signedBy(X509CertificateHolder certificate, X509CertificateHolder issuer) {
        try {
            return certificate.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(Crypto.BC)
                    .build(new JcaX509CertificateConverter().setProvider(Crypto.BC).getCertificate(issuer)));
        } catch (Exception e) {
            return false;
        }
    }
}
