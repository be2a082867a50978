package com.certhall.signing.domain;

import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.pki.CloudKeys;
import com.certhall.pki.CloudKeys.PinCheck;
import com.certhall.shared.DataProtection;
import com.certhall.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holder's side of scan-to-sign (docs/signing.md): the phone page shows who asks, for what and how many
 * signatures, and takes the PIN straight from the holder; a right PIN turns the handle into a SAD for the partner.
 * Another account's handle, or an unknown one, is not found.
 */
@Service
@Transactional
public class HolderApprovals {

    private final AuthorizationRows rows;
    private final CloudCredentials credentials;
    private final CloudKeys keys;
    private final DataProtection protection;
    private final SignatureLog log;
    private final Clock clock;

    HolderApprovals(AuthorizationRows rows, CloudCredentials credentials, CloudKeys keys,
            DataProtection protection, SignatureLog log, Clock clock) {
        this.log = log;
        this.rows = rows;
        this.credentials = credentials;
        this.keys = keys;
        this.protection = protection;
        this.clock = clock;
    }

    /** What the phone page shows; {@code status} PENDING, APPROVED, DENIED, LOCKED or EXPIRED. */
    public record Asked(String handle, String partner, @Nullable String description, int numSignatures,
            List<String> hashesHex, String hashAlgorithm, String subjectName, String serialHex, String status,
            Instant expiresAt, int retriesLeft) {
    }

    /** What the holder's PIN did: {@code RIGHT}, {@code WRONG} (with tries left) or {@code LOCKED}. */
    public record Outcome(PinCheck.Outcome outcome, int retriesLeft) {
    }

    @Transactional(readOnly = true)
    public Asked asked(UUID account, String handle) {
        AuthorizationRows.Row row = rows.byHandle(handle).orElseThrow(() -> notFound(handle));
        HeldCertificateView held = owned(row, account, handle);
        String status = "PENDING".equals(row.status()) && !clock.instant().isBefore(row.expiresAt()) ? "EXPIRED"
                : row.status();
        int retries = keys.status(row.serial()).map(CloudKeys.CloudKeyStatus::retriesLeft).orElse(0);
        return new Asked(handle, row.callerName() == null ? row.caller() : row.callerName(), row.description(),
                row.numSignatures(), row.hashes().stream()
                        .map(h -> HexFormat.of().formatHex(Base64.getDecoder().decode(h))).toList(),
                CscAlgorithms.hashName(row.hashAlgorithm()), held.subjectName(), held.serialHex(), status,
                row.expiresAt(), retries);
    }

    public Outcome approve(UUID account, String handle, String pin) {
        AuthorizationRows.Row row = pending(account, handle);
        PinCheck check = keys.checkPin(row.serial(), pin);
        switch (check.outcome()) {
            case RIGHT -> {
                String sad = Secrets.newSecret(32);
                rows.approve(row.id(), Secrets.hash(sad), protection.encrypt(sad),
                        clock.instant().plus(Authorizations.SAD_LIFETIME));
            }
            case LOCKED -> {
                rows.status(row.id(), "LOCKED");
                log.refused(row, "LOCKED");
            }
            case WRONG -> log.refused(row, "WRONG_PIN");
        }
        return new Outcome(check.outcome(), check.retriesLeft());
    }

    public void deny(UUID account, String handle) {
        AuthorizationRows.Row row = pending(account, handle);
        rows.status(row.id(), "DENIED");
        log.refused(row, "DENIED");
    }

    private AuthorizationRows.Row pending(UUID account, String handle) {
        AuthorizationRows.Row row = rows.lockByHandle(handle).orElseThrow(() -> notFound(handle));
        owned(row, account, handle);
        if (!"PENDING".equals(row.status()) || !clock.instant().isBefore(row.expiresAt())) {
            throw new com.certhall.shared.ConflictException("signing.handle.closed",
                    "authorization " + handle + " is " + row.status());
        }
        return row;
    }

    private HeldCertificateView owned(AuthorizationRows.Row row, UUID account, String handle) {
        try {
            // the holder, or a seal user granted the seal of this certificate (docs/seals.md "Who signs")
            return credentials.ownedOrGranted(row.serial(), account);
        } catch (NotFoundException e) {
            throw notFound(handle);
        }
    }

    private static NotFoundException notFound(String handle) {
        return new NotFoundException("authorization", handle);
    }
}
