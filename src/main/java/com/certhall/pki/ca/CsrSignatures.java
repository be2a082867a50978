package com.certhall.pki.ca;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * Proof of possession: the CSR's self-signature. SM2 signatures hash a user ID into Z (GM/T 0009-2012 §5.5); the
 * default ID {@code 1234567812345678} is tried first, then the empty ID OpenSSL 3 uses when none is configured.
 */
final class CsrSignatures {

    private CsrSignatures() {
    }

    static boolean valid(PKCS10CertificationRequest request) {
        try {
            Boolean fast = SignatureEngine.current().verify(request.getSignatureAlgorithm().getAlgorithm(),
                    request.getSubjectPublicKeyInfo(),
                    request.toASN1Structure().getCertificationRequestInfo().getEncoded(ASN1Encoding.DER),
                    request.getSignature());
            if (fast != null) {
                return fast;
            }
            if (request.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(Crypto.BC)
                    .build(request.getSubjectPublicKeyInfo()))) {
                return true;
            }
            return GMObjectIdentifiers.sm2sign_with_sm3.equals(request.getSignatureAlgorithm().getAlgorithm())
                    && validWithEmptySm2Id(request);
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean validWithEmptySm2Id(PKCS10CertificationRequest request) throws Exception {
        PublicKey key = new JcaPEMKeyConverter().setProvider(Crypto.BC).getPublicKey(
                request.getSubjectPublicKeyInfo());
        try {
            Signature verifier = Signature.getInstance("SM3withSM2", Crypto.BC);
            verifier.setParameter(new SM2ParameterSpec(new byte[0]));
            verifier.initVerify(key);
            verifier.update(request.toASN1Structure().getCertificationRequestInfo().getEncoded(ASN1Encoding.DER));
            return verifier.verify(request.getSignature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
