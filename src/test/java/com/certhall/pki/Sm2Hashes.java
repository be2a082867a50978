package com.certhall.pki;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.jce.interfaces.ECPublicKey;
import org.bouncycastle.math.ec.ECPoint;

/**
 * What a partner computes before it asks for an SM2 signature (GM/T 0003.2-2012 §5.5 and §6.1 A1–A2): Z = SM3(ENTL ‖
 * ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA) with the GM/T 0009 default ID, then e = SM3(Z ‖ M). Written here from the standard,
 * apart from the code under test.
 */
public final class Sm2Hashes {

    public static final String DEFAULT_ID = "1234567812345678";

    private Sm2Hashes() {
    }

    public static byte[] e(PublicKey key, byte[] message) {
        X9ECParameters curve = GMNamedCurves.getByName("sm2p256v1");
        ECPoint q = ((ECPublicKey) key).getQ().normalize();
        byte[] id = DEFAULT_ID.getBytes(StandardCharsets.US_ASCII);
        SM3Digest z = new SM3Digest();
        int entl = id.length * 8;
        z.update((byte) (entl >> 8));
        z.update((byte) entl);
        z.update(id, 0, id.length);
        for (BigInteger v : new BigInteger[] {curve.getCurve().getA().toBigInteger(),
            curve.getCurve().getB().toBigInteger(), curve.getG().getAffineXCoord().toBigInteger(),
            curve.getG().getAffineYCoord().toBigInteger(), q.getAffineXCoord().toBigInteger(),
            q.getAffineYCoord().toBigInteger()}) {
            byte[] b = fixed(v);
            z.update(b, 0, b.length);
        }
        byte[] zValue = new byte[32];
        z.doFinal(zValue, 0);
        SM3Digest e = new SM3Digest();
        e.update(zValue, 0, zValue.length);
        e.update(message, 0, message.length);
        byte[] out = new byte[32];
        e.doFinal(out, 0);
        return out;
    }

    private static byte[] fixed(BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
        return out;
    }
}
