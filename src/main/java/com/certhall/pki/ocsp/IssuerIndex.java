package com.certhall.pki.ocsp;

import com.certhall.pki.ca.Ca;
import com.certhall.pki.ca.CaRegistry;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.jspecify.annotations.Nullable;

/**
 * The CAs by the issuer hashes an OCSP CertID names them with (RFC 6960 §4.1.1: hash of the issuer's DN and of its
 * public key, SHA-1 or SHA-256), computed once per CA set rather than per request, and each CA's ResponderID
 * (byKey, §4.2.2.3) for its current OCSP signing certificate. Rebuilt when {@link CaRegistry} reloads.
 */
final class IssuerIndex {

    private record Key(String hashOid, ByteBuffer nameHash, ByteBuffer keyHash) {
    }

    private record Index(Map<String, Ca> source, Map<Key, Ca> byHashes, Map<String, RespID> responderIds) {
    }

    private static final String[][] HASHES = {{CertificateID.HASH_SHA1.getAlgorithm().getId(), "SHA-1"},
            {"2.16.840.1.101.3.4.2.1", "SHA-256"}};

    private final CaRegistry registry;
    private final DigestCalculatorProvider digests;
    private volatile Index index;

    IssuerIndex(CaRegistry registry, DigestCalculatorProvider digests) {
        this.registry = registry;
        this.digests = digests;
        this.index = build(registry.snapshot());
    }

    /** The CA this CertID names, or null (unknown issuer or hash algorithm). */
    @Nullable Ca find(CertificateID id) {
        return current().byHashes().get(new Key(id.getHashAlgOID().getId(), ByteBuffer.wrap(id.getIssuerNameHash()),
                ByteBuffer.wrap(id.getIssuerKeyHash())));
    }

    /** The ResponderID of the CA's OCSP signer (byKey: SHA-1 of its public key). */
    RespID responderId(Ca ca) throws Exception {
        RespID id = current().responderIds().get(ca.name());
        if (id == null) {
            DigestCalculator sha1 = digests.get(CertificateID.HASH_SHA1);
            id = new RespID(ca.ocsp().certificate().getSubjectPublicKeyInfo(), sha1);
        }
        return id;
    }

    private Index current() {
        Index i = index;
        Map<String, Ca> cas = registry.snapshot();
        if (i.source() != cas) {
            i = build(cas);
            index = i;
        }
        return i;
    }

    private Index build(Map<String, Ca> cas) {
        Map<Key, Ca> byHashes = new HashMap<>();
        Map<String, RespID> responderIds = new HashMap<>();
        for (Ca ca : cas.values()) {
            X509CertificateHolder cert = ca.certificate();
            try {
                byte[] name = cert.getSubject().toASN1Primitive().getEncoded(ASN1Encoding.DER);
                byte[] key = cert.getSubjectPublicKeyInfo().getPublicKeyData().getBytes();
                for (String[] hash : HASHES) {
                    byHashes.putIfAbsent(new Key(hash[0], ByteBuffer.wrap(digest(hash[1], name)),
                            ByteBuffer.wrap(digest(hash[1], key))), ca);
                }
                if (ca.ocsp() != null) {
                    responderIds.put(ca.name(), new RespID(ca.ocsp().certificate().getSubjectPublicKeyInfo(),
                            digests.get(CertificateID.HASH_SHA1)));
                }
            } catch (Exception e) {
                throw new IllegalStateException("cannot index CA " + ca.name() + " for OCSP", e);
            }
        }
        return new Index(cas, Map.copyOf(byHashes), Map.copyOf(responderIds));
    }

    private static byte[] digest(String algorithm, byte[] data) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance(algorithm).digest(data);
    }
}
