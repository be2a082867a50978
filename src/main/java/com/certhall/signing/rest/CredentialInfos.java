package com.certhall.signing.rest;

import com.certhall.pki.CloudKeys;
import com.certhall.pki.KeyAlgorithm;
import com.certhall.signing.domain.CloudCredentials.Credential;
import com.certhall.signing.domain.CscAlgorithms;
import com.certhall.signing.domain.CscException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A credential as {@code credentials/info} describes it (CSC API v2.0.0.2 §11.5). */
final class CredentialInfos {

    private static final DateTimeFormatter GENERALIZED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private CredentialInfos() {
    }

    static CscJson.CredentialInfo of(Credential c, boolean withId, @Nullable String certificates,
            @Nullable Boolean certInfo, @Nullable Boolean authInfo) {
        KeyAlgorithm algorithm = KeyAlgorithm.valueOf(c.held().algorithm());
        CloudKeys.CloudKeyStatus key = c.key();
        List<String> algo = CscAlgorithms.keyAlgorithms(algorithm);
        var keyInfo = new CscJson.Key(key.locked() ? "disabled" : "enabled", List.of(algo.get(0)),
                CscAlgorithms.keyLength(algorithm), algo.size() > 1 ? algo.get(1) : null);
        String mode = certificates == null ? "single" : certificates;
        List<String> certs = new ArrayList<>();
        switch (mode) {
            case "none" -> {
            }
            case "single" -> certs.add(b64(c.der()));
            case "chain" -> {
                certs.add(b64(c.der()));
                c.chain().forEach(der -> certs.add(b64(der)));
            }
            default -> throw CscException.invalidParameter("certificates");
        }
        boolean details = Boolean.TRUE.equals(certInfo);
        var cert = new CscJson.Cert(status(c), mode.equals("none") ? null : certs, details ? c.issuerDn() : null,
                details ? c.held().serialHex() : null, details ? c.subjectDn() : null,
                details ? time(c.held().notBefore()) : null, details ? time(c.held().notAfter()) : null);
        var auth = Boolean.FALSE.equals(authInfo) ? null : new CscJson.Auth("explicit", "PIN",
                List.of(new CscJson.AuthObject("Password", "PIN", "N", "签名口令 / signing PIN",
                        "The 8-digit signing PIN; " + key.retriesLeft() + " attempts left")));
        return new CscJson.CredentialInfo(withId ? c.id() : null, c.held().subjectName() + " · " + c.held()
                .productCode(), keyInfo, cert, auth, "2", 1, "zh-CN");
    }

    private static String status(Credential c) {
        return switch (c.held().status()) {
            case VALID -> "valid";
            case ON_HOLD -> "suspended";
            default -> "revoked";
        };
    }

    private static String time(Instant instant) {
        return GENERALIZED.format(instant);
    }

    private static String b64(byte[] der) {
        return Base64.getEncoder().encodeToString(der);
    }
}
