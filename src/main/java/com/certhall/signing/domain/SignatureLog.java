package com.certhall.signing.domain;

import com.certhall.accounts.AccountManagement;
import com.certhall.lifecycle.CertificateManagement;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.PageOf;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holder's signature log ("签名记录", docs/signing.md): every signature made with the holder's cloud credentials
 * and every authorization the holder refused or that a wrong PIN stopped — who asked, for what, which document
 * hash, when, and what came of it — newest first, a page at a time.
 */
@Service
public class SignatureLog {

    public static final int PAGE_SIZE = 20;
    private static final String APPLICANT = "applicant:";

    private final AuthorizationRows rows;
    private final CertificateManagement certificates;
    private final AccountManagement accounts;
    private final Clock clock;

    SignatureLog(AuthorizationRows rows, CertificateManagement certificates, AccountManagement accounts, Clock clock) {
        this.rows = rows;
        this.accounts = accounts;
        this.certificates = certificates;
        this.clock = clock;
    }

    /**
     * One entry, one signing act: {@code result} SIGNED, WRONG_PIN, LOCKED or DENIED; {@code partner} the partner
     * client's name, null when the holder signed with their own token; {@code hashesHex} every document hash the act
     * signed (or would have), in hex and in the order asked, and {@code hashHex} the first of them; {@code signedBy} the
     * account that asked when it is not the holder's own — a seal user of the organisation (docs/seals.md "Who signs
     * with a seal") — as its name and masked mobile, else null.
     */
    public record Entry(String serialHex, String subjectName, @Nullable String partner, boolean byHolder,
            String hashAlgorithm, String hashHex, List<String> hashesHex, @Nullable String description, String result,
            Instant at, @Nullable String signedBy) {
    }

    @Transactional(readOnly = true)
    public PageOf<Entry> page(UUID account, @Nullable Integer page) {
        return page(certificates.ofAccount(account).stream().filter(HeldCertificateView::keyInCloud)
                .collect(Collectors.toMap(HeldCertificateView::serialHex, Function.identity(), (a, b) -> a)), page);
    }

    /**
     * The log of one of the holder's cloud credentials; another account's certificate, a malformed serial or one that
     * is not a cloud credential is not found.
     */
    @Transactional(readOnly = true)
    public PageOf<Entry> pageOf(UUID account, String serial, @Nullable Integer page) {
        if (serial == null || !serial.matches("[0-9a-fA-F]{1,64}")) {
            throw new NotFoundException("credential", String.valueOf(serial));
        }
        HeldCertificateView held = certificates.owned(serial, account);
        if (!held.keyInCloud()) {
            throw new NotFoundException("credential", serial);
        }
        return page(Map.of(held.serialHex(), held), page);
    }

    private PageOf<Entry> page(Map<String, HeldCertificateView> mine, @Nullable Integer page) {
        List<String> serials = List.copyOf(mine.keySet());
        long total = rows.countLog(serials);
        int number = PageOf.number(page);
        if ((long) number * PAGE_SIZE >= total && total > 0) {
            number = (int) ((total - 1) / PAGE_SIZE);
        }
        List<Entry> items = rows.logOf(serials, number * PAGE_SIZE, PAGE_SIZE).stream().map(l -> {
            HeldCertificateView held = mine.get(l.serial());
            List<String> hex = l.hashes().stream().map(h -> HexFormat.of().formatHex(Base64.getDecoder().decode(h)))
                    .toList();
            return new Entry(l.serial(), held == null ? "" : held.subjectName(), l.callerName(),
                    !l.caller().startsWith("partner:"), CscAlgorithms.hashName(l.hashAlgorithm()), hex.get(0), hex,
                    l.description(), l.result(),
                    l.signedAt(), held == null ? null : signedBy(l.caller(), held.accountId()));
        }).toList();
        return new PageOf<>(items, number, PAGE_SIZE, total);
    }

    /** Who asked, when it is another applicant account than the holder's (a seal user): name and masked mobile. */
    private @Nullable String signedBy(String caller, UUID holder) {
        if (!caller.startsWith(APPLICANT)) {
            return null;
        }
        try {
            UUID account = UUID.fromString(caller.substring(APPLICANT.length()));
            return account.equals(holder) ? null : accounts.findApplicant(account)
                    .map(p -> p.displayName() + " " + p.mobile().masked()).orElse(caller);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Logs an authorization that did not lead to a signature, one entry naming its hashes; in a transaction of its
     * own, so the entry stays when the request that caused it is refused.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(AuthorizationRows.Row authorization, String result) {
        rows.log(authorization.serial(), authorization.caller(), authorization.callerName(),
                authorization.hashAlgorithm(), authorization.hashes(), authorization.description(), result,
                clock.instant());
    }

    /** Logs one attempt that did not sign (a wrong or locked PIN), in a transaction of its own like {@link #refused}. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refusedOne(String serial, String caller, String hashAlgorithm, String hash, String description,
            String result) {
        rows.log(serial, caller, null, hashAlgorithm, List.of(hash), description, result, clock.instant());
    }
}
