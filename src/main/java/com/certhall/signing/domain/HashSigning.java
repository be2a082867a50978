package com.certhall.signing.domain;

import com.certhall.pki.CloudKeys;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code signatures/signHash} under SCAL2 (docs/signing.md): the SAD must be live, unused, for this credential and
 * this caller, and cover every hash asked for; it is used up by the call. Every signature is logged with credential,
 * caller, hash, time and the authorization's description, and the holder reads the log ({@link #log}).
 */
@Service
@Transactional
public class HashSigning {

    private final CloudCredentials credentials;
    private final CloudKeys keys;
    private final AuthorizationRows rows;
    private final PartnerWebhooks webhooks;
    private final Clock clock;

    HashSigning(CloudCredentials credentials, CloudKeys keys, AuthorizationRows rows, PartnerWebhooks webhooks,
            Clock clock) {
        this.webhooks = webhooks;
        this.credentials = credentials;
        this.keys = keys;
        this.rows = rows;
        this.clock = clock;
    }

    /** What {@code signatures/signHash} names. */
    public record Request(@Nullable String credentialId, @Nullable String sad, @Nullable List<String> hashes,
            @Nullable String hashAlgorithmOid, @Nullable String signAlgo) {

        @Override
        public String toString() {
            return "HashSigning.Request[" + credentialId + "]";
        }
    }

    /** The signatures, Base64, in the order of the hashes. */
    public List<String> sign(SigningCaller caller, Request request) {
        // the lean lookup: signHash needs no certificate, chain or subject (docs/signing.md, "Speed")
        CloudCredentials.SigningCredential credential = credentials.forSigning(caller, request.credentialId());
        if (!CscAlgorithms.signatureAlgorithm(credential.algorithm()).equals(request.signAlgo())) {
            throw CscException.invalidParameter("signAlgo");
        }
        if (request.sad() == null || request.sad().isBlank()) {
            throw CscException.invalidParameter("SAD");
        }
        AuthorizationRows.Row row = rows.bySad(Secrets.hash(request.sad())).orElse(null);
        Instant now = clock.instant();
        if (row == null || !row.serial().equals(credential.id()) || !row.caller().equals(caller.actor())
                || !"APPROVED".equals(row.status()) || !now.isBefore(row.expiresAt()) || row.usedAt() != null) {
            throw new CscException(400, "invalid_request", "Invalid parameter SAD: unknown, expired, already used "
                    + "or not for this credential");
        }
        if (request.hashAlgorithmOid() != null && !request.hashAlgorithmOid().equals(row.hashAlgorithm())) {
            throw CscException.invalidParameter("hashAlgorithmOID");
        }
        List<String> raw = request.hashes();
        if (raw == null || raw.isEmpty()) {
            throw CscException.invalidParameter("hashes");
        }
        Set<String> covered = new HashSet<>(row.hashes());
        List<byte[]> hashes = new ArrayList<>();
        for (String hash : raw) {
            String normal = Authorizations.normalize(hash);
            if (!covered.remove(normal)) {
                // SCAL2: a hash the holder did not authorize (or one asked twice) is never signed
                throw CscException.invalidRequest("A hash is not covered by the SAD");
            }
            hashes.add(Base64.getDecoder().decode(normal));
        }
        if (!rows.use(row.id(), now)) {
            throw CscException.invalidRequest("Invalid parameter SAD: already used");
        }
        // lock, revocation and validity read with the key, afresh on every call; a refusal rolls the use back
        CloudKeys.HashSignatures made = keys.signHashesWhileValid(credential.id(), hashes, now);
        switch (made.outcome()) {
            case SIGNED -> {
            }
            case LOCKED -> throw Authorizations.locked();
            case CERTIFICATE_NOT_VALID -> throw Authorizations.notValid();
            case NO_KEY -> throw CscException.invalidParameter("credentialID");
        }
        List<byte[]> signatures = made.signatures();
        List<String> signed = hashes.stream().map(h -> Base64.getEncoder().encodeToString(h)).toList();
        // the call's log rows, one INSERT in this transaction: no signature without its log entry
        rows.logAll(credential.id(), caller.actor(), row.callerName(), row.hashAlgorithm(), signed,
                row.description(), "SIGNED", now);
        webhooks.signatureCompleted(caller, credential.id(), signed, row.description(), now);
        return signatures.stream().map(s -> Base64.getEncoder().encodeToString(s)).toList();
    }
}
