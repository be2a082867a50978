package com.certhall.pki.ca;

import com.certhall.pki.KeyAlgorithm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.jspecify.annotations.Nullable;

/**
 * One loaded CA: its certificate, chain up to the root (this certificate first), signing key and, for issuing
 * CAs, the delegated OCSP signer.
 */
public record Ca(String name, KeyAlgorithm algorithm, boolean root, @Nullable String parentName,
        X509CertificateHolder certificate, CaSigner signer, List<X509CertificateHolder> chain,
        @Nullable OcspSigning ocsp) {

    public Ca {
        chain = List.copyOf(chain);
    }

    /** The delegated OCSP signer of an issuing CA: a certificate issued by the CA and its own key. */
    public record OcspSigning(X509CertificateHolder certificate, CaSigner signer) {
    }

    public byte[] subjectKeyId() {
        return SubjectKeyIdentifier.fromExtensions(certificate.getExtensions()).getKeyIdentifier();
    }

    public boolean hasExtension(org.bouncycastle.asn1.ASN1ObjectIdentifier oid) {
        return certificate.getExtension(oid) != null;
    }

    public byte[] der() {
        try {
            return certificate.getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<X509Certificate> jcaChain() {
        return chain.stream().map(Ca::toJca).toList();
    }

    public static X509Certificate toJca(X509CertificateHolder holder) {
        try {
            return new JcaX509CertificateConverter().setProvider(Crypto.BC).getCertificate(holder);
        } catch (CertificateException e) {
            throw new IllegalStateException("cannot convert certificate " + holder.getSubject(), e);
        }
    }

    static boolean isCaCertificate(X509CertificateHolder holder) {
        return holder.getExtension(Extension.basicConstraints) != null;
    }
}
