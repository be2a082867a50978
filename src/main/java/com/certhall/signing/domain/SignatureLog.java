package com.certhall.signing.domain;

import com.certhall.lifecycle.CertificateManagement;
import com.certhall.lifecycle.HeldCertificateView;
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

    private final AuthorizationRows rows;
    private final CertificateManagement certificates;
    private final Clock clock;

    SignatureLog(AuthorizationRows rows, CertificateManagement certificates, Clock clock) {
        this.rows = rows;
        this.certificates = certificates;
        this.clock = clock;
    }

    /**
     * One entry: {@code result} SIGNED, WRONG_PIN, LOCKED or DENIED; {@code partner} the partner client's name, null
     * when the holder signed with their own token; {@code hashHex} the document hash in hex.
     */
    public record Entry(String serialHex, String subjectName, @Nullable String partner, boolean byHolder,
            String hashAlgorithm, String hashHex, @Nullable String description, String result, Instant at) {
    }

    @Transactional(readOnly = true)
    public PageOf<Entry> page(UUID account, @Nullable Integer page) {
        Map<String, HeldCertificateView> mine = certificates.ofAccount(account).stream()
                .filter(HeldCertificateView::keyInCloud)
                .collect(Collectors.toMap(HeldCertificateView::serialHex, Function.identity(), (a, b) -> a));
        List<String> serials = List.copyOf(mine.keySet());
        long total = rows.countLog(serials);
        int number = PageOf.number(page);
        if ((long) number * PAGE_SIZE >= total && total > 0) {
            number = (int) ((total - 1) / PAGE_SIZE);
        }
        List<Entry> items = rows.logOf(serials, number * PAGE_SIZE, PAGE_SIZE).stream().map(l -> {
            HeldCertificateView held = mine.get(l.serial());
            return new Entry(l.serial(), held == null ? "" : held.subjectName(), l.callerName(),
                    !l.caller().startsWith("partner:"), CscAlgorithms.hashName(l.hashAlgorithm()),
                    HexFormat.of().formatHex(Base64.getDecoder().decode(l.hash())), l.description(), l.result(),
                    l.signedAt());
        }).toList();
        return new PageOf<>(items, number, PAGE_SIZE, total);
    }

    /**
     * Logs an authorization that did not lead to a signature, one entry per named hash; in a transaction of its own,
     * so the entry stays when the request that caused it is refused.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(AuthorizationRows.Row authorization, String result) {
        Instant now = clock.instant();
        for (String hash : authorization.hashes()) {
            rows.log(authorization.serial(), authorization.caller(), authorization.callerName(),
                    authorization.hashAlgorithm(), hash, authorization.description(), result, now);
        }
    }

    /** Logs one attempt that did not sign (a wrong or locked PIN), in a transaction of its own like {@link #refused}. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refusedOne(String serial, String caller, String hashAlgorithm, String hash, String description,
            String result) {
        rows.log(serial, caller, null, hashAlgorithm, hash, description, result, clock.instant());
    }
}
