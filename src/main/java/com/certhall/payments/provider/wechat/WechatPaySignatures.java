package com.certhall.payments.provider.wechat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The signature scheme of WeChat Pay API v3: requests carry an {@code Authorization: WECHATPAY2-SHA256-RSA2048 ...}
 * header, SHA256withRSA over {@code method\nurl\ntimestamp\nnonce\nbody\n} with the merchant key; answers and
 * notifications are signed the same way over {@code timestamp\nnonce\nbody\n} with the WeChat Pay key; notification
 * resources are AEAD_AES_256_GCM under the APIv3 key (docs/deployment.md, "WeChat Pay").
 */
final class WechatPaySignatures {

    private final String merchantId;
    private final String serialNumber;
    private final PrivateKey merchantKey;
    private final PublicKey platformKey;
    private final byte[] apiV3Key;
    private final SecureRandom random = new SecureRandom();

    WechatPaySignatures(String merchantId, String serialNumber, PrivateKey merchantKey, PublicKey platformKey,
            byte[] apiV3Key) {
        if (apiV3Key.length != 32) {
            throw new IllegalStateException("certhall.payments.wechat.api-v3-key must be 32 characters (AES-256)");
        }
        this.merchantId = merchantId;
        this.serialNumber = serialNumber;
        this.merchantKey = merchantKey;
        this.platformKey = platformKey;
        this.apiV3Key = apiV3Key.clone();
    }

    /** The {@code Authorization} header value of a request. */
    String authorization(String method, String canonicalUrl, long timestamp, String body) {
        String nonce = HexFormat.of().formatHex(nonceBytes()).toUpperCase(java.util.Locale.ROOT);
        String message = method + "\n" + canonicalUrl + "\n" + timestamp + "\n" + nonce + "\n" + body + "\n";
        return "WECHATPAY2-SHA256-RSA2048 mchid=\"" + merchantId + "\",nonce_str=\"" + nonce + "\",signature=\""
                + sign(message) + "\",timestamp=\"" + timestamp + "\",serial_no=\"" + serialNumber + "\"";
    }

    /** Whether WeChat Pay signed this answer or notification ({@code Wechatpay-Signature} over the exact body). */
    boolean verify(@Nullable String timestamp, @Nullable String nonce, @Nullable String signature, String body) {
        if (timestamp == null || nonce == null || signature == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(platformKey);
            verifier.update((timestamp + "\n" + nonce + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    /** Opens an encrypted notification resource; fails when it was altered (the GCM tag does not verify). */
    String decrypt(String associatedData, String nonce, String ciphertext) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(apiV3Key, "AES"),
                new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
        cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        return new String(cipher.doFinal(Base64.getDecoder().decode(ciphertext)), StandardCharsets.UTF_8);
    }

    private String sign(String message) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(merchantKey);
            signer.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the merchant key cannot sign with SHA256withRSA", e);
        }
    }

    private byte[] nonceBytes() {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        return nonce;
    }
}
