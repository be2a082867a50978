package com.certhall.pki.cms;

import com.certhall.pki.CadesSignatures;
import com.certhall.pki.KeyAlgorithm;
import com.certhall.pki.ca.Crypto;
import com.certhall.pki.tsa.TimeStampAuthority;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerIdentifier;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.springframework.stereotype.Service;

/**
 * CAdES detached SignedData for PAdES baseline (docs/seals.md "Signing PDFs"): built on Bouncy Castle's ASN.1 classes
 * rather than its generator because the key signs a precomputed hash elsewhere ({@code CloudKeys}); the time-stamp
 * comes in-process from {@link TimeStampAuthority}, as {@code POST /pki/tsa} would answer it.
 */
@Service
class CadesSigning implements CadesSignatures {

    private final TimeStampAuthority tsa;
    private final CadesValidationData validation;
    private final CadesVerifier verifier;

    CadesSigning(TimeStampAuthority tsa, CadesValidationData validation, CadesVerifier verifier) {
        this.tsa = tsa;
        this.validation = validation;
        this.verifier = verifier;
    }

    @Override
    public byte[] digest(KeyAlgorithm algorithm, InputStream content) throws IOException {
        MessageDigest digest = messageDigest(algorithm == KeyAlgorithm.SM2 ? "SM3" : "SHA-256");
        byte[] buffer = new byte[16 * 1024];
        for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return digest.digest();
    }

    @Override
    public byte[] sign(Request request, HashSigner signer) {
        try {
            Certificate cert = Certificate.getInstance(request.certificates().get(0));
            boolean sm2 = request.algorithm() == KeyAlgorithm.SM2;
            AlgorithmIdentifier digestAlgorithm = new AlgorithmIdentifier(sm2 ? GMObjectIdentifiers.sm3
                    : NISTObjectIdentifiers.id_sha256);
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(attribute(CMSAttributes.contentType, CMSObjectIdentifiers.data));
            attributes.add(attribute(CMSAttributes.messageDigest, new DEROctetString(request.contentDigest())));
            // RFC 5035: binds the signer's certificate (SHA-256, the default hash, so no AlgorithmIdentifier)
            attributes.add(attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new SigningCertificateV2(
                    new ESSCertIDv2(sha256(request.certificates().get(0)), new IssuerSerial(
                            new GeneralNames(new GeneralName(cert.getIssuer())), cert.getSerialNumber().getValue())))));
            ASN1Set signed = new DERSet(attributes);
            byte[] toSign = signed.getEncoded(ASN1Encoding.DER);
            byte[] hash = sm2 ? sm2E(cert, toSign) : sha256(toSign);
            byte[] signature = signer.sign(hash);
            ASN1Set unsigned = request.timestamp() ? new DERSet(attribute(
                    PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, timeStamp(sm2, signature))) : null;
            SignerInfo info = new SignerInfo(new SignerIdentifier(new IssuerAndSerialNumber(cert)), digestAlgorithm,
                    signed, signatureAlgorithm(request.algorithm()), new DEROctetString(signature), unsigned);
            ASN1EncodableVector certificates = new ASN1EncodableVector();
            request.certificates().forEach(der -> certificates.add(Certificate.getInstance(der)));
            SignedData data = new SignedData(new DERSet(digestAlgorithm), new ContentInfo(CMSObjectIdentifiers.data,
                    null), new DERSet(certificates), null, new DERSet(info));
            return new ContentInfo(CMSObjectIdentifiers.signedData, data).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ValidationData validationData(byte[] cms) {
        return validation.of(cms);
    }

    @Override
    public Verified verify(byte[] cms, byte[] signedContent, @org.jspecify.annotations.Nullable Instant claimedTime) {
        return verifier.verify(cms, signedContent, claimedTime);
    }

    private static Attribute attribute(ASN1ObjectIdentifier type, ASN1Encodable value) {
        return new Attribute(type, new DERSet(value));
    }

    private static AlgorithmIdentifier signatureAlgorithm(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case SM2 -> new AlgorithmIdentifier(GMObjectIdentifiers.sm2sign_with_sm3);
            case EC_P256 -> new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
            case RSA_2048, RSA_3072 -> new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);
        };
    }

    // The signature time-stamp of ETSI EN 319 122-1 §5.3: over the signature value, SM3 for SM2 (the TSA answers an
    // SM3 imprint from its SM2 unit), SHA-256 otherwise.
    private ContentInfo timeStamp(boolean sm2, byte[] signature) throws IOException {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        byte[] imprint = messageDigest(sm2 ? "SM3" : "SHA-256").digest(signature);
        TimeStampRequest request = generator.generate(sm2 ? GMObjectIdentifiers.sm3 : NISTObjectIdentifiers.id_sha256,
                imprint, new BigInteger(64, Crypto.random()));
        try {
            TimeStampResponse response = new TimeStampResponse(tsa.respond(request.getEncoded(), null));
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                throw new IllegalStateException("the time-stamping authority refused: " + response.getStatusString());
            }
            return response.getTimeStampToken().toCMSSignedData().toASN1Structure();
        } catch (TSPException e) {
            throw new IllegalStateException("the time-stamp does not answer the request", e);
        }
    }

    static byte[] sha256(byte[] data) {
        return messageDigest("SHA-256").digest(data);
    }

    static MessageDigest messageDigest(String name) {
        try {
            return MessageDigest.getInstance(name, Crypto.BC);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** GM/T 0003.2-2012 §5.5 and §6.1 A1–A2: e = SM3(Z ‖ M), Z over the GM/T 0009 default ID and the public key. */
    static byte[] sm2E(Certificate certificate, byte[] message) {
        X9ECParameters curve = GMNamedCurves.getByName("sm2p256v1");
        ECPoint q = curve.getCurve().decodePoint(certificate.getSubjectPublicKeyInfo().getPublicKeyData().getBytes())
                .normalize();
        byte[] id = Crypto.SM2_USER_ID.getBytes(StandardCharsets.US_ASCII);
        SM3Digest z = new SM3Digest();
        z.update((byte) (id.length * 8 >> 8));
        z.update((byte) (id.length * 8));
        z.update(id, 0, id.length);
        for (BigInteger v : new BigInteger[] {curve.getCurve().getA().toBigInteger(),
            curve.getCurve().getB().toBigInteger(), curve.getG().getAffineXCoord().toBigInteger(),
            curve.getG().getAffineYCoord().toBigInteger(), q.getAffineXCoord().toBigInteger(),
            q.getAffineYCoord().toBigInteger()}) {
            byte[] fixed = org.bouncycastle.util.BigIntegers.asUnsignedByteArray(32, v);
            z.update(fixed, 0, fixed.length);
        }
        byte[] out = new byte[32];
        z.doFinal(out, 0);
        SM3Digest e = new SM3Digest();
        e.update(out, 0, out.length);
        e.update(message, 0, message.length);
        e.doFinal(out, 0);
        return out;
    }
}
