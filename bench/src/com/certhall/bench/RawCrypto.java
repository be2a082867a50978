package com.certhall.bench;

import com.certhall.pki.KeyAlgorithm;
import com.certhall.pki.ca.Crypto;
import com.certhall.pki.ca.SignatureEngine;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;

/**
 * Raw signing and verification per JCA provider, side by side in one run (docs/pki.md "Crypto engine"): Bouncy
 * Castle, Conscrypt and ACCP, each with one kept {@code Signature} per key as the CA's signers keep one (sign) and a
 * fresh one per check with a converted public key (verify), on the same key pair and 600-byte message.
 */
final class RawCrypto {

    /** The providers measured, as columns; BC first, the natives in {@link SignatureEngine}'s order reversed. */
    static final List<String> PROVIDERS = List.of("bc", SignatureEngine.CONSCRYPT, SignatureEngine.ACCP);

    private RawCrypto() {
    }

    /** {@code signature}: Bouncy Castle's signature of 600 zero bytes with {@code pair}. */
    static void measure(PkiBenchmark b, KeyAlgorithm algorithm, KeyPair pair, byte[] signature) throws Exception {
        String name = Crypto.signatureAlgorithm(algorithm);
        for (String label : PROVIDERS) {
            Provider provider = Crypto.BC;
            java.security.PrivateKey key = pair.getPrivate();
            if (!label.equals("bc")) {
                SignatureEngine engine = SignatureEngine.choose(label);
                if (algorithm == KeyAlgorithm.SM2 || !engine.name().equals(label)) {
                    if (!engine.name().equals(label)) {
                        b.notes.put(label, "not measured: " + engine.reason());
                    }
                    continue;
                }
                provider = engine.providerFor(algorithm);
                key = engine.signingKey(pair.getPrivate(), algorithm);
            }
            Signature kept = Signature.getInstance(name, provider);
            kept.initSign(key, Crypto.random());
            byte[] message = new byte[600];
            b.put(algorithm, "raw-sign-" + label, b.measure(1, () -> {
                kept.update(message);
                kept.sign();
            }));
            Provider verifier = provider;
            PublicKey publicKey = KeyFactory.getInstance(algorithm.name().startsWith("RSA") ? "RSA" : "EC", provider)
                    .generatePublic(new X509EncodedKeySpec(pair.getPublic().getEncoded()));
            b.put(algorithm, "raw-verify-" + label, b.measure(1, () -> {
                Signature v = Signature.getInstance(name, verifier);
                v.initVerify(publicKey);
                v.update(message);
                if (!v.verify(signature)) {
                    throw new IllegalStateException(label + ": signature does not verify");
                }
            }));
        }
    }

    /** The markdown table of these figures, with each native provider's ratio to Bouncy Castle. */
    static String markdown(PkiBenchmark b) {
        StringBuilder md = new StringBuilder("\n**Raw signing and verification per provider, one thread** (600 bytes; "
                + "sign = one kept `Signature` per key, as the CA's signers keep one; verify = a fresh `Signature` per "
                + "check; the same key pair for every provider; SM2 is Bouncy Castle's only)\n\n"
                + "| algorithm | operation | openssl/s | BC/s | Conscrypt/s | ACCP/s | Conscrypt ÷ BC | ACCP ÷ BC | "
                + "ACCP ÷ openssl |\n|---|---|---|---|---|---|---|---|---|\n");
        for (KeyAlgorithm a : PkiBenchmark.ALGORITHMS) {
            for (String op : List.of("sign", "verify")) {
                double bc = b.get(a, "raw-" + op + "-bc");
                double conscrypt = b.get(a, "raw-" + op + "-" + SignatureEngine.CONSCRYPT);
                double accp = b.get(a, "raw-" + op + "-" + SignatureEngine.ACCP);
                double openssl = b.get(a, "openssl-" + op);
                md.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", a, op, Report.f(openssl),
                        Report.f(bc), Report.f(conscrypt), Report.f(accp), Report.x(conscrypt, bc), Report.x(accp, bc),
                        Report.pct(accp, openssl)));
            }
        }
        return md.toString();
    }
}
