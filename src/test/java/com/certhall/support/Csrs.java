package com.certhall.support;

import com.certhall.pki.ca.Crypto;
import java.io.IOException;
import java.io.StringWriter;
import java.security.KeyPair;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * PKCS#10 certificate requests (RFC 2986) as an applicant's tool makes them, for the tests that hand CertHall a CSR:
 * the subject and public key, signed with the private key, in PEM.
 */
public final class Csrs {

    private Csrs() {
    }

    /** A PEM request for the key pair, signed by {@code signatureAlgorithm} (a JCA name such as SHA256withECDSA). */
    public static String pem(String subject, KeyPair pair, String signatureAlgorithm) {
        try {
            return pem(request(subject, pair, new JcaContentSignerBuilder(signatureAlgorithm)
                    .setProvider(Crypto.BC).build(pair.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request for the key pair signed by {@code signer}, which need not be the pair's own key. */
    public static PKCS10CertificationRequest request(String subject, KeyPair pair, ContentSigner signer) {
        return new JcaPKCS10CertificationRequestBuilder(new X500Name(subject), pair.getPublic()).build(signer);
    }

    /** Any Bouncy Castle or JCA object PEM can carry (a request, a certificate, a key). */
    public static String pem(Object object) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
