package com.certhall.signing.domain;

import com.certhall.lifecycle.HeldStatus;
import com.certhall.pki.CloudKeys;
import com.certhall.pki.CloudKeys.PinCheck;
import com.certhall.shared.DataProtection;
import com.certhall.shared.SiteProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authorizing a credential for named hashes, SCAL2 (docs/signing.md, "SCAL2 here"): with the PIN in the request
 * (explicit), or — without one — by the holder on the phone page (scan-to-sign) while the partner polls. A SAD is
 * bound to exactly the hashes named, lives {@link #SAD_LIFETIME} and is used once ({@link HashSigning}).
 */
@Service
@Transactional
public class Authorizations {

    public static final Duration SAD_LIFETIME = Duration.ofMinutes(5);
    public static final Duration HANDLE_LIFETIME = Duration.ofMinutes(5);
    /**
     * The most hashes one authorization names (CSC leaves the number to the service): a day's invoices or a bid's
     * pages under one PIN; the holder's page folds them under their count (docs/signing.md, "SCAL2 here").
     */
    public static final int MAX_HASHES = 1000;

    private final CloudCredentials credentials;
    private final CloudKeys keys;
    private final AuthorizationRows rows;
    private final DataProtection protection;
    private final SiteProperties site;
    private final SigningPins pins;
    private final SignatureLog log;
    private final Clock clock;

    Authorizations(CloudCredentials credentials, CloudKeys keys, AuthorizationRows rows, DataProtection protection,
            SiteProperties site, SigningPins pins, SignatureLog log, Clock clock) {
        this.pins = pins;
        this.log = log;
        this.credentials = credentials;
        this.keys = keys;
        this.rows = rows;
        this.protection = protection;
        this.site = site;
        this.clock = clock;
    }

    /** What {@code credentials/authorize} names. */
    public record Request(@Nullable String credentialId, @Nullable Integer numSignatures,
            @Nullable List<String> hashes, @Nullable String hashAlgorithmOid, @Nullable String description) {
    }

    /** A SAD and its remaining life in seconds. */
    public record Sad(String sad, long expiresIn) {

        @Override
        public String toString() {
            return "Sad[" + expiresIn + "s]";
        }
    }

    /** A scan-to-sign authorization waiting for the holder. */
    public record Pending(String handle, String qrUrl, long expiresIn) {
    }

    public Sad authorize(SigningCaller caller, Request request, String pin) {
        CloudCredentials.Credential credential = credentials.get(caller, request.credentialId());
        List<String> hashes = hashes(credential, request);
        usable(credential);
        pins.requireActivated(credential.id());
        String sad = Secrets.newSecret(32);
        Instant now = clock.instant();
        var row = new AuthorizationRows.Row(UUID.randomUUID(), null, credential.id(), caller.actor(),
                caller.partnerName(), caller.channel(), request.hashAlgorithmOid(), hashes, hashes.size(),
                description(request), "APPROVED", Secrets.hash(sad), null, now, now.plus(SAD_LIFETIME), null);
        PinCheck check = keys.checkPin(credential.id(), pin);
        if (!check.right()) {
            log.refused(row, check.outcome() == PinCheck.Outcome.LOCKED ? "LOCKED" : "WRONG_PIN");
        }
        refuseUnless(check);
        rows.insert(row);
        return new Sad(sad, SAD_LIFETIME.toSeconds());
    }

    public Pending start(SigningCaller caller, Request request) {
        CloudCredentials.Credential credential = credentials.get(caller, request.credentialId());
        List<String> hashes = hashes(credential, request);
        usable(credential);
        pins.requireActivated(credential.id());
        if (credential.key().locked()) {
            throw locked();
        }
        String handle = Secrets.newSecret(24);
        Instant now = clock.instant();
        rows.insert(new AuthorizationRows.Row(UUID.randomUUID(), handle, credential.id(), caller.actor(),
                caller.partnerName(), caller.channel(), request.hashAlgorithmOid(), hashes, hashes.size(),
                description(request), "PENDING", null, null, now, now.plus(HANDLE_LIFETIME), null));
        return new Pending(handle, site.link("/sign/" + handle), HANDLE_LIFETIME.toSeconds());
    }

    /** The partner polls: the SAD once the holder approved (handed over once), null while pending. */
    public @Nullable Sad check(SigningCaller caller, @Nullable String handle) {
        AuthorizationRows.Row row = (handle == null ? null : rows.lockByHandle(handle).orElse(null));
        if (row == null || !row.caller().equals(caller.actor())) {
            throw CscException.invalidParameter("handle");
        }
        Instant now = clock.instant();
        switch (row.status()) {
            case "PENDING" -> {
                if (!now.isBefore(row.expiresAt())) {
                    rows.status(row.id(), "EXPIRED");
                    throw expired();
                }
                return null;
            }
            case "APPROVED" -> {
                if (row.sealedSad() == null || !now.isBefore(row.expiresAt()) || !rows.wipeSad(row.id())) {
                    throw CscException.invalidRequest("The SAD of this handle was already handed over or expired");
                }
                return new Sad(protection.decrypt(row.sealedSad()),
                        Math.max(1, Duration.between(now, row.expiresAt()).toSeconds()));
            }
            case "DENIED" -> throw new CscException(400, "access_denied", "The holder denied the authorization");
            case "LOCKED" -> throw locked();
            default -> throw expired();
        }
    }

    static List<String> hashes(CloudCredentials.Credential credential, Request request) {
        String expected = CscAlgorithms.hashAlgorithm(
                com.certhall.pki.KeyAlgorithm.valueOf(credential.held().algorithm()));
        if (!expected.equals(request.hashAlgorithmOid())) {
            throw CscException.invalidParameter("hashAlgorithmOID");
        }
        List<String> raw = request.hashes();
        if (raw == null || raw.isEmpty() || raw.size() > MAX_HASHES) {
            throw CscException.invalidParameter("hashes");
        }
        if (request.numSignatures() == null || request.numSignatures() != raw.size()) {
            // SCAL2: one signature per named hash, no more
            throw CscException.invalidParameter("numSignatures");
        }
        LinkedHashSet<String> normal = new LinkedHashSet<>();
        for (String hash : raw) {
            normal.add(normalize(hash));
        }
        return List.copyOf(normal);
    }

    /** The hash as stored and compared: standard Base64 of its 32 bytes; anything else is refused. */
    static String normalize(@Nullable String hash) {
        try {
            byte[] bytes = Base64.getDecoder().decode(hash == null ? "" : hash.strip());
            if (bytes.length != 32) {
                throw CscException.invalidParameter("hashes");
            }
            return Base64.getEncoder().encodeToString(bytes);
        } catch (IllegalArgumentException e) {
            throw CscException.invalidParameter("hashes");
        }
    }

    static void usable(CloudCredentials.Credential credential) {
        if (credential.held().status() != HeldStatus.VALID) {
            throw notValid();
        }
    }

    /** The certificate is not good by the CA's own record (CRL, OCSP), or past its validity. */
    static CscException notValid() {
        return CscException.invalidRequest("The certificate of the credential is revoked, on hold or expired");
    }

    static void refuseUnless(PinCheck check) {
        switch (check.outcome()) {
            case RIGHT -> {
            }
            case LOCKED -> throw locked();
            case WRONG -> throw new CscException(400, "invalid_authentication_data",
                    "Invalid PIN; " + check.retriesLeft() + " attempts left before the credential locks");
        }
    }

    static CscException locked() {
        return new CscException(400, "invalid_request", "The credential is locked after too many wrong PINs");
    }

    static CscException expired() {
        return new CscException(400, "expired_token", "The authorization handle has expired");
    }

    private static @Nullable String description(Request request) {
        String d = request.description();
        if (d == null || d.isBlank()) {
            return null;
        }
        if (d.length() > 500) {
            throw CscException.invalidParameter("description");
        }
        return d.strip();
    }
}
