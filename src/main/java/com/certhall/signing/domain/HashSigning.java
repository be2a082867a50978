package com.certhall.signing.domain;

import com.certhall.pki.CloudKeys;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
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
        return signatures(caller, request).stream().map(s -> Base64.getEncoder().encodeToString(s)).toList();
    }

    /** The signatures in the order of the hashes, as octets (the lean signHash writes them as its JSON). */
    public List<byte[]> signatures(SigningCaller caller, Request request) {
        // the lean lookup: signHash needs no certificate, chain or subject (docs/signing.md, "Speed")
        CloudCredentials.SigningCredential credential = credentials.forSigning(caller, request.credentialId());
        if (!CscAlgorithms.signatureAlgorithm(credential.algorithm()).equals(request.signAlgo())) {
            throw CscException.invalidParameter("signAlgo");
        }
        if (request.sad() == null || request.sad().isBlank()) {
            throw CscException.invalidParameter("SAD");
        }
        String sadHash = Secrets.hash(request.sad());
        Instant now = clock.instant();
        List<String> asked = wellFormed(request.hashes());
        if (asked == null) {
            throw Objects.requireNonNullElseGet(refusal(rows.bySad(sadHash).orElse(null), credential, caller, request,
                    now), () -> CscException.invalidParameter("hashes"));
        }
        // all the hashes the SAD covers, in their order: one conditional UPDATE uses it up; a part of them, another
        // order or a refusal: the row read under lock decides, and only then
        if (!rows.useExactly(sadHash, credential.id(), caller.actor(), request.hashAlgorithmOid(), asked, now)) {
            AuthorizationRows.Row row = rows.lockBySad(sadHash).orElse(null);
            CscException refused = refusal(row, credential, caller, request, now);
            if (refused != null) {
                throw refused;
            }
            if (!rows.use(Objects.requireNonNull(row).id(), now)) {
                throw usedUp();
            }
        }
        List<byte[]> hashes = asked.stream().map(h -> Base64.getDecoder().decode(h)).toList();
        // lock, revocation and validity read with the key, afresh on every call; a refusal rolls the use back
        CloudKeys.HashSignatures made = keys.signHashesWhileValid(credential.id(), hashes, now);
        switch (made.outcome()) {
            case SIGNED -> {
            }
            case LOCKED -> throw Authorizations.locked();
            case CERTIFICATE_NOT_VALID -> throw Authorizations.notValid();
            case NO_KEY -> throw CscException.invalidParameter("credentialID");
        }
        // the call's log entry, one INSERT in this transaction: no signature without its log entry
        rows.logSigned(sadHash, asked, now);
        webhooks.signatureCompleted(caller, credential.id(), asked, () -> rows.bySad(sadHash)
                .map(AuthorizationRows.Row::description).orElse(null), now);
        return made.signatures();
    }

    /**
     * The hashes asked for, normalised, or null when one is malformed or asked twice, or when there are more than one
     * SAD covers (the refusal then says which; the UPDATE stays bounded).
     */
    private static @Nullable List<String> wellFormed(@Nullable List<String> raw) {
        if (raw == null || raw.isEmpty() || raw.size() > Authorizations.MAX_HASHES) {
            return null;
        }
        List<String> normal = new ArrayList<>(raw.size());
        Set<String> seen = new HashSet<>();
        for (String hash : raw) {
            String one;
            try {
                one = Authorizations.normalize(hash);
            } catch (CscException e) {
                return null;
            }
            if (!seen.add(one)) {
                return null;
            }
            normal.add(one);
        }
        return normal;
    }

    /**
     * Why a signHash may not use this SAD, checked in the order the CSC errors are named (docs/signing.md, "SCAL2
     * here"): the SAD (unknown, of another credential or caller, not approved, expired, used), the hash algorithm, the
     * hashes, a hash the SAD does not cover (or one asked twice); null when the SAD covers the call.
     */
    private static @Nullable CscException refusal(AuthorizationRows.@Nullable Row row,
            CloudCredentials.SigningCredential credential, SigningCaller caller, Request request, Instant now) {
        if (row == null || !row.serial().equals(credential.id()) || !row.caller().equals(caller.actor())
                || !"APPROVED".equals(row.status()) || !now.isBefore(row.expiresAt()) || row.usedAt() != null) {
            return usedUp();
        }
        if (request.hashAlgorithmOid() != null && !request.hashAlgorithmOid().equals(row.hashAlgorithm())) {
            return CscException.invalidParameter("hashAlgorithmOID");
        }
        List<String> raw = request.hashes();
        if (raw == null || raw.isEmpty()) {
            return CscException.invalidParameter("hashes");
        }
        Set<String> covered = new HashSet<>(row.hashes());
        for (String hash : raw) {
            String normal;
            try {
                normal = Authorizations.normalize(hash);
            } catch (CscException e) {
                return e;
            }
            if (!covered.remove(normal)) {
                // SCAL2: a hash the holder did not authorize (or one asked twice) is never signed
                return CscException.invalidRequest("A hash is not covered by the SAD");
            }
        }
        return null;
    }

    private static CscException usedUp() {
        return new CscException(400, "invalid_request", "Invalid parameter SAD: unknown, expired, already used "
                + "or not for this credential");
    }
}
