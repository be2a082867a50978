package com.certhall.signing.domain;

import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.pki.CloudKeys;
import com.certhall.pki.KeyAlgorithm;
import com.certhall.shared.Caller;
import com.certhall.signing.DocumentSigning;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link DocumentSigning} on the CSC machinery (docs/signing.md "Documents"): authorization through
 * {@link Authorizations} with the document's digest as the one hash, so the PIN check, scan-to-sign, the refusal log
 * and the SAD rules are those of {@code signHash}; the signature is logged with the document's digest. Only
 * {@link #sign} has a transaction of its own: the others run in those of {@link Authorizations}, whose refusals must
 * keep what they logged.
 */
@Service
class DocumentSignatures implements DocumentSigning {

    private final CloudCredentials credentials;
    private final Authorizations authorizations;
    private final AuthorizationRows rows;
    private final CloudKeys keys;
    private final PartnerWebhooks webhooks;
    private final Clock clock;

    DocumentSignatures(CloudCredentials credentials, Authorizations authorizations, AuthorizationRows rows,
            CloudKeys keys, PartnerWebhooks webhooks, Clock clock) {
        this.credentials = credentials;
        this.authorizations = authorizations;
        this.rows = rows;
        this.keys = keys;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    @Override
    public List<Credential> credentials(Caller caller) {
        SigningCaller who = SigningCaller.of(caller);
        return credentials.list(who, null).stream().map(id -> view(credentials.get(who, id))).toList();
    }

    @Override
    public Credential credential(Caller caller, String credentialId) {
        return view(credentials.get(SigningCaller.of(caller), credentialId));
    }

    @Override
    public String authorize(Caller caller, String credentialId, byte[] documentDigest, String description,
            String pin) {
        return authorizations.authorize(SigningCaller.of(caller),
                request(caller, credentialId, documentDigest, description), pin).sad();
    }

    @Override
    public Pending start(Caller caller, String credentialId, byte[] documentDigest, String description) {
        Authorizations.Pending pending = authorizations.start(SigningCaller.of(caller), request(caller, credentialId,
                documentDigest, description));
        return new Pending(pending.handle(), pending.qrUrl(), pending.expiresIn());
    }

    @Override
    public Optional<String> check(Caller caller, String handle) {
        return Optional.ofNullable(authorizations.check(SigningCaller.of(caller), handle)).map(Authorizations.Sad::sad);
    }

    @Override
    @Transactional
    public byte[] sign(Caller caller, String credentialId, String sad, byte[] documentDigest, byte[] hash) {
        SigningCaller who = SigningCaller.of(caller);
        CloudCredentials.Credential credential = credentials.get(who, credentialId);
        AuthorizationRows.Row row = sad == null || sad.isBlank() ? null
                : rows.bySad(Secrets.hash(sad)).orElse(null);
        Instant now = clock.instant();
        String digest = Base64.getEncoder().encodeToString(documentDigest);
        if (row == null || !row.serial().equals(credential.id()) || !row.caller().equals(who.actor())
                || !"APPROVED".equals(row.status()) || !now.isBefore(row.expiresAt()) || row.usedAt() != null) {
            throw new CscException(400, "invalid_request", "Invalid parameter SAD: unknown, expired, already "
                    + "used or not for this credential");
        }
        if (!row.hashes().contains(digest)) {
            // SCAL2: the holder authorized another document
            throw CscException.invalidRequest("The document is not the one the SAD covers");
        }
        Authorizations.usable(credential);
        if (!rows.use(row.id(), now)) {
            throw CscException.invalidRequest("Invalid parameter SAD: already used");
        }
        byte[] signature = keys.signHashes(credential.id(), List.of(hash)).get(0);
        rows.log(credential.id(), who.actor(), row.callerName(), row.hashAlgorithm(), List.of(digest),
                row.description(), "SIGNED", now);
        webhooks.signatureCompleted(who, credential.id(), List.of(digest), row::description, now);
        return signature;
    }

    private Authorizations.Request request(Caller caller, String credentialId, byte[] digest, String description) {
        KeyAlgorithm algorithm = KeyAlgorithm.valueOf(credentials.get(SigningCaller.of(caller), credentialId).held()
                .algorithm());
        return new Authorizations.Request(credentialId, 1, List.of(Base64.getEncoder().encodeToString(digest)),
                CscAlgorithms.hashAlgorithm(algorithm), description);
    }

    private static Credential view(CloudCredentials.Credential c) {
        HeldCertificateView held = c.held();
        return new Credential(c.id(), KeyAlgorithm.valueOf(held.algorithm()), held.subjectName(), c.subjectDn(),
                c.der(), c.chain(), c.key().locked(), c.key().retriesLeft());
    }
}
