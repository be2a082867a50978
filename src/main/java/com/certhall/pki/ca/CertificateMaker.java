package com.certhall.pki.ca;

import com.certhall.pki.CertificateProfile;
import com.certhall.pki.KeyAlgorithm;
import com.certhall.pki.SubjectData;
import com.certhall.shared.IdentityDocument;
import java.io.IOException;
import java.math.BigInteger;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.springframework.stereotype.Component;

/**
 * Builds and signs certificates with Bouncy Castle: self-signed roots, subordinate CAs, delegated OCSP signers and
 * end-entity certificates under a {@link CertificateProfile}.
 */
@Component
public class CertificateMaker {

    /** GM/T 0015-2023 identity extensions (non-critical): resident ID, passport number, unified social credit code. */
    public static final ASN1ObjectIdentifier GMT_RESIDENT_ID = new ASN1ObjectIdentifier("1.2.156.10260.4.1.1.1");
    public static final ASN1ObjectIdentifier GMT_PASSPORT = new ASN1ObjectIdentifier("1.2.156.10260.4.1.1.2");
    public static final ASN1ObjectIdentifier GMT_USCC = new ASN1ObjectIdentifier("1.2.156.10260.4.4");

    private final PkiUrls urls;
    private final ASN1ObjectIdentifier policy;
    /** The publication extensions by issuer name and kind ({@link #addPublication}); the URLs never change. */
    private final Map<String, List<Extension>> publication = new ConcurrentHashMap<>();
    /**
     * An end entity's key usage and extended key usage by profile (and whether it names a mailbox): fixed per
     * profile, so encoded once rather than per certificate.
     */
    private final Map<String, List<Extension>> usages = new ConcurrentHashMap<>();

    CertificateMaker(PkiUrls urls, PkiProperties properties) {
        this.urls = urls;
        this.policy = new ASN1ObjectIdentifier(properties.policyOid());
    }

    public X509CertificateHolder root(X500Name subject, CaSigner signer, BigInteger serial, Instant from,
            Instant to) {
        SubjectPublicKeyInfo spki = spki(signer.publicKey());
        X509v3CertificateBuilder b = new X509v3CertificateBuilder(subject, serial, Der.validityTime(from),
                Der.validityTime(to), subject, spki);
        try {
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            b.addExtension(Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(keyId(spki)));
            // CA/B Forum BR 7.1.2.1.2: a root carries an AKI naming its own key, as chain builders expect.
            b.addExtension(Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(keyId(spki)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return b.build(signer.contentSigner());
    }

    public X509CertificateHolder subordinate(X500Name subject, PublicKey key, Ca issuer, BigInteger serial,
            Instant from, Instant to) {
        SubjectPublicKeyInfo spki = spki(key);
        X509v3CertificateBuilder b = builder(issuer, subject, spki, serial, from, to);
        try {
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            addPublication(b, issuer, false);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return b.build(issuer.signer().contentSigner());
    }

    /** A delegated OCSP signer (RFC 6960 §4.2.2.2) with id-pkix-ocsp-nocheck (§4.2.2.2.1). */
    public X509CertificateHolder ocspSigner(X500Name subject, PublicKey key, Ca issuer, BigInteger serial,
            Instant from, Instant to) {
        X509v3CertificateBuilder b = builder(issuer, subject, spki(key), serial, from, to);
        ProfilePolicy policy = ProfilePolicy.of(CertificateProfile.OCSP_SIGNER);
        try {
            b.addExtension(Extension.keyUsage, true, new KeyUsage(policy.keyUsage()));
            b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(policy.extendedKeyUsage()));
            b.addExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return b.build(issuer.signer().contentSigner());
    }

    /**
     * The certificate of a CA service key: a time-stamping unit (EKU id-kp-timeStamping only, critical, RFC 3161
     * §2.3) or the seal maker (documentSigning, non-critical).
     */
    public X509CertificateHolder service(CertificateProfile profile, X500Name subject, PublicKey key, Ca issuer,
            BigInteger serial, Instant from, Instant to) {
        X509v3CertificateBuilder b = builder(issuer, subject, spki(key), serial, from, to);
        ProfilePolicy policy = ProfilePolicy.of(profile);
        try {
            b.addExtension(Extension.keyUsage, true, new KeyUsage(policy.keyUsage()));
            b.addExtension(Extension.extendedKeyUsage, profile == CertificateProfile.TIME_STAMPING,
                    new ExtendedKeyUsage(policy.extendedKeyUsage()));
            addPublication(b, issuer, true);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return b.build(issuer.signer().contentSigner());
    }

    public X509CertificateHolder endEntity(Ca issuer, CertificateProfile profile, X500Name subject,
            SubjectData data, SubjectPublicKeyInfo spki, BigInteger serial, Instant from, Instant to) {
        return endEntity(issuer, profile, subject, data, spki, serial, from, to, issuer.signer().contentSigner());
    }

    /** {@link #endEntity} signed by {@code signer}, one of {@code issuer}'s signers ({@link TbsCapture}). */
    X509CertificateHolder endEntity(Ca issuer, CertificateProfile profile, X500Name subject, SubjectData data,
            SubjectPublicKeyInfo spki, BigInteger serial, Instant from, Instant to, ContentSigner signer) {
        X509v3CertificateBuilder b = builder(issuer, subject, spki, serial, from, to);
        try {
            for (Extension extension : usages.computeIfAbsent(profile.name() + (data.email() != null ? "+mail" : ""),
                    key -> usages(profile, data.email() != null))) {
                b.addExtension(extension);
            }
            addPublication(b, issuer, true);
            if (data.email() != null) {
                b.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(new GeneralName(GeneralName.rfc822Name, data.email())));
            }
            if (issuer.algorithm() == KeyAlgorithm.SM2) {
                addGmtIdentity(b, profile, data);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return b.build(signer);
    }

    /** Key usage and extended key usage of an end entity's profile ({@link ProfilePolicy}), encoded. */
    private static List<Extension> usages(CertificateProfile profile, boolean withMailbox) {
        ProfilePolicy p = ProfilePolicy.of(profile, withMailbox);
        return List.of(new Extension(Extension.keyUsage, true, Der.encode(new KeyUsage(p.keyUsage()))),
                new Extension(Extension.extendedKeyUsage, false,
                        Der.encode(new ExtendedKeyUsage(p.extendedKeyUsage()))));
    }

    // GM/T 0015-2023 (docs/pki.md): the resident ID and USCC as DER PrintableString, the passport number as
    // UTF8String. The travel permits and the foreign permanent resident ID have no extension; the DN's serialNumber
    // carries them.
    private static void addGmtIdentity(X509v3CertificateBuilder b, CertificateProfile profile, SubjectData data)
            throws IOException {
        IdentityDocument document = data.idDocument();
        if (document != null && !profile.identifiesOrganization()) {
            switch (document.kind()) {
                case RESIDENT_ID -> b.addExtension(GMT_RESIDENT_ID, false,
                        new DERPrintableString(document.number(), true));
                case PASSPORT -> b.addExtension(GMT_PASSPORT, false, new DERUTF8String(document.number()));
                default -> {
                }
            }
        }
        if (data.uscc() != null) {
            b.addExtension(GMT_USCC, false, new DERPrintableString(data.uscc().value(), true));
        }
    }

    private X509v3CertificateBuilder builder(Ca issuer, X500Name subject, SubjectPublicKeyInfo spki,
            BigInteger serial, Instant from, Instant to) {
        X509v3CertificateBuilder b = new X509v3CertificateBuilder(issuer.certificate().getSubject(), serial,
                Der.validityTime(from), Der.validityTime(to), subject, spki);
        try {
            b.addExtension(Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(keyId(spki)));
            b.addExtension(Extension.authorityKeyIdentifier, false,
                    new AuthorityKeyIdentifier(issuer.subjectKeyId()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return b;
    }

    /**
     * AIA (caIssuers, and OCSP for end entities), CRL distribution point and certificate policies: the same for every
     * certificate of an issuer, so encoded once per issuer and kind rather than per certificate.
     */
    private void addPublication(X509v3CertificateBuilder b, Ca issuer, boolean withOcsp) throws IOException {
        String key = issuer.name() + (withOcsp ? "+ocsp" : "");
        List<Extension> extensions = publication.get(key);
        if (extensions == null) {
            extensions = publication(issuer, withOcsp);
            publication.put(key, extensions);
        }
        for (Extension extension : extensions) {
            b.addExtension(extension);
        }
    }

    private List<Extension> publication(Ca issuer, boolean withOcsp) throws IOException {
        AccessDescription caIssuers = new AccessDescription(AccessDescription.id_ad_caIssuers,
                uri(urls.caCertificate(issuer.name())));
        AuthorityInformationAccess aia = withOcsp
                ? new AuthorityInformationAccess(new AccessDescription[] {
                        new AccessDescription(AccessDescription.id_ad_ocsp, uri(urls.ocsp())), caIssuers})
                : new AuthorityInformationAccess(caIssuers);
        DistributionPoint point = new DistributionPoint(
                new DistributionPointName(new GeneralNames(uri(urls.crl(issuer.name())))), null, null);
        return List.of(
                new Extension(Extension.authorityInfoAccess, false, Der.encode(aia)),
                new Extension(Extension.cRLDistributionPoints, false,
                        Der.encode(new CRLDistPoint(new DistributionPoint[] {point}))),
                new Extension(Extension.certificatePolicies, false,
                        Der.encode(new CertificatePolicies(new PolicyInformation(policy)))));
    }

    private static GeneralName uri(String url) {
        return new GeneralName(GeneralName.uniformResourceIdentifier, url);
    }

    /** RFC 5280 §4.2.1.2 method (1): SHA-1 of the subjectPublicKey BIT STRING value. */
    static byte[] keyId(SubjectPublicKeyInfo spki) {
        return Crypto.sha1(spki.getPublicKeyData().getBytes());
    }

    static SubjectPublicKeyInfo spki(PublicKey key) {
        return SubjectPublicKeyInfo.getInstance(key.getEncoded());
    }
}
