package com.certhall.payments.provider.alipay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Alipay's RSA2 scheme: SHA256withRSA over the parameters sorted by name as {@code k=v&k=v} (without {@code sign},
 * empty values left out; notifications also leave out {@code sign_type}); an answer is signed over the exact JSON
 * text of its {@code <method>_response} member.
 */
final class AlipayRsa2 {

    private final PrivateKey appKey;
    private final PublicKey alipayKey;

    AlipayRsa2(PrivateKey appKey, PublicKey alipayKey) {
        this.appKey = appKey;
        this.alipayKey = alipayKey;
    }

    static String content(Map<String, String> parameters, boolean withoutSignType) {
        return new TreeMap<>(parameters).entrySet().stream()
                .filter(e -> !e.getKey().equals("sign") && !(withoutSignType && e.getKey().equals("sign_type")))
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    String sign(Map<String, String> parameters) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(appKey);
            signer.update(content(parameters, false).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the application key cannot sign with SHA256withRSA", e);
        }
    }

    boolean verify(String content, String signature) {
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(alipayKey);
            verifier.update(content.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    /** The exact text of the JSON object that follows {@code "name":} in {@code json}, as Alipay signed it. */
    static Optional<String> member(String json, String name) {
        int key = json.indexOf("\"" + name + "\"");
        int start = key < 0 ? -1 : json.indexOf('{', key + name.length() + 2);
        if (start < 0) {
            return Optional.empty();
        }
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return Optional.of(json.substring(start, i + 1));
            }
        }
        return Optional.empty();
    }
}
