package com.certhall.pki;

import com.certhall.pki.ca.Crypto;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

/** For tests elsewhere: a cloud certificate's PIN is its signing PIN, and its kept key signs for the certificate. */
public final class CloudKeyChecks {

    private CloudKeyChecks() {
    }

    /** True when {@code pin} is right and the kept key then signs a hash the certificate's public key verifies. */
    public static boolean signsWith(CloudKeys keys, byte[] certificateDer, String serialHex, String pin)
            throws Exception {
        if (!keys.checkPin(serialHex, pin).right()) {
            return false;
        }
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509", Crypto.BC)
                .generateCertificate(new ByteArrayInputStream(certificateDer));
        KeyAlgorithm algorithm = keys.status(serialHex).orElseThrow().algorithm();
        byte[] message = ("signed by " + serialHex).getBytes(StandardCharsets.UTF_8);
        byte[] signature = keys.signHashes(serialHex, List.of(CloudKeysTests.hash(algorithm, cert, message))).get(0);
        Signature verifier = switch (algorithm) {
            case SM2 -> Signature.getInstance("SM3withSM2", Crypto.BC);
            case EC_P256 -> Signature.getInstance("SHA256withECDSA");
            default -> Signature.getInstance("SHA256withRSA");
        };
        verifier.initVerify(cert.getPublicKey());
        verifier.update(message);
        return verifier.verify(signature);
    }

    /**
     * Checks {@code pin}, has the kept key sign the hash of a message and answers what openssl says when it verifies
     * that signature over the message with the certificate's public key ("Verified OK" / "Signature Verified
     * Successfully"); SM2 with the GM/T 0009 default ID.
     */
    public static String opensslVerifies(CloudKeys keys, byte[] certificateDer, String serialHex, String pin,
            java.nio.file.Path dir) throws Exception {
        if (!keys.checkPin(serialHex, pin).right()) {
            return "wrong PIN";
        }
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509", Crypto.BC)
                .generateCertificate(new ByteArrayInputStream(certificateDer));
        KeyAlgorithm algorithm = keys.status(serialHex).orElseThrow().algorithm();
        byte[] message = ("signed by " + serialHex).getBytes(StandardCharsets.UTF_8);
        byte[] signature = keys.signHashes(serialHex, List.of(CloudKeysTests.hash(algorithm, cert, message))).get(0);
        return opensslVerify(algorithm, cert, message, signature, dir);
    }

    /** openssl's verdict on {@code signature} over {@code message} with the certificate's key. */
    public static String opensslVerify(KeyAlgorithm algorithm, X509Certificate cert, byte[] message,
            byte[] signature, java.nio.file.Path dir) throws Exception {
        java.nio.file.Path msg = java.nio.file.Files.write(dir.resolve(cert.getSerialNumber() + ".msg"), message);
        java.nio.file.Path sig = java.nio.file.Files.write(dir.resolve(cert.getSerialNumber() + ".sig"), signature);
        java.nio.file.Path crt = java.nio.file.Files.writeString(dir.resolve(cert.getSerialNumber() + ".pem"),
                PkiFixtures.pem(cert));
        String pub = PkiFixtures.run(dir, "openssl", "x509", "-in", crt.toString(), "-noout", "-pubkey").output();
        java.nio.file.Path pubFile = java.nio.file.Files.writeString(dir.resolve(cert.getSerialNumber() + ".pub"),
                pub);
        var result = algorithm == KeyAlgorithm.SM2
                ? PkiFixtures.run(dir, "openssl", "pkeyutl", "-verify", "-rawin", "-digest", "sm3", "-pubin", "-inkey",
                        pubFile.toString(), "-in", msg.toString(), "-sigfile", sig.toString(), "-pkeyopt",
                        "distid:" + Sm2Hashes.DEFAULT_ID)
                : PkiFixtures.run(dir, "openssl", "dgst", "-sha256", "-verify", pubFile.toString(), "-signature",
                        sig.toString(), msg.toString());
        return result.output();
    }
}
