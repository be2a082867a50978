package com.certhall.pki.ca;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The arithmetic of UKEY unblocking ({@link com.certhall.pki.TokenUnlock}): the per-token key is HMAC-SM3 (RFC 2104
 * over GM/T 0004-2012) of the label and the token serial under the master key, cut to the 128 bits of an SM4 key;
 * the answer is SM4 (GM/T 0002-2012, one block, ECB) of the challenge padded by ISO/IEC 9797-1 method 2, cut to
 * 64 bits. Pure functions, so the test vectors of docs/lifecycle.md can be checked against openssl.
 */
final class UnlockCodes {

    static final byte[] LABEL = "CertHall-UKEY-unlock".getBytes(StandardCharsets.US_ASCII);
    static final int CHALLENGE_BYTES = 8;

    private UnlockCodes() {
    }

    static byte[] tokenKey(byte[] masterKey, String tokenSerial) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(masterKey));
        mac.update(LABEL, 0, LABEL.length);
        mac.update((byte) 0);
        byte[] serial = tokenSerial.getBytes(StandardCharsets.UTF_8);
        mac.update(serial, 0, serial.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return Arrays.copyOf(out, 16);
    }

    static byte[] response(byte[] tokenKey, byte[] challenge) {
        if (challenge.length != CHALLENGE_BYTES) {
            throw new IllegalArgumentException("a challenge has 8 bytes");
        }
        byte[] block = new byte[16];
        System.arraycopy(challenge, 0, block, 0, CHALLENGE_BYTES);
        block[CHALLENGE_BYTES] = (byte) 0x80;
        SM4Engine sm4 = new SM4Engine();
        sm4.init(true, new KeyParameter(tokenKey));
        byte[] out = new byte[16];
        sm4.processBlock(block, 0, out, 0);
        return Arrays.copyOf(out, CHALLENGE_BYTES);
    }
}
