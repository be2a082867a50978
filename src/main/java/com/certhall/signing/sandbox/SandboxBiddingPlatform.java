package com.certhall.signing.sandbox;

import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.signing.domain.Authorizations;
import com.certhall.signing.domain.CloudCredentials;
import com.certhall.signing.domain.CscAlgorithms;
import com.certhall.signing.domain.CscException;
import com.certhall.signing.domain.HashSigning;
import com.certhall.signing.domain.PartnerClients;
import com.certhall.signing.domain.SigningCaller;
import com.certhall.pki.KeyAlgorithm;
import com.certhall.pki.MessageHashes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The sandbox bidding platform ("招投标平台（沙箱）", docs/signing.md): a partner client of the bidding channel of its
 * own, which asks a holder to sign a bid document's hash by scan-to-sign, polls, fetches the signature and checks it
 * on the document with the certificate. Its requests live in this node's memory, as sandbox state does.
 */
@Component
@Profile("sandbox")
public class SandboxBiddingPlatform {

    /** The sandbox's bidding channel (the catalog's demo channel of cloud certificates). */
    static final String CHANNEL = "bid-cloud";
    static final String NAME = "招投标平台（沙箱）";
    private static final int KEEP = 200;

    private final PartnerClients partners;
    private final CloudCredentials credentials;
    private final Authorizations authorizations;
    private final HashSigning signing;
    private final Clock clock;
    private final Map<String, Bid> bids = new ConcurrentHashMap<>();
    private volatile @Nullable SigningCaller self;

    SandboxBiddingPlatform(PartnerClients partners, CloudCredentials credentials, Authorizations authorizations,
            HashSigning signing, Clock clock) {
        this.partners = partners;
        this.credentials = credentials;
        this.authorizations = authorizations;
        this.signing = signing;
        this.clock = clock;
    }

    /** One signing request of the platform; {@code status} PENDING, SIGNED, DENIED, EXPIRED, LOCKED or FAILED. */
    public record Bid(String id, String document, String credentialId, String subjectName, String algorithm,
            String hashHex, String handle, Instant startedAt, String status, @Nullable String signature,
            @Nullable Boolean verified, @Nullable String error) {

        Bid with(String newStatus, @Nullable String newSignature, @Nullable Boolean newVerified,
                @Nullable String newError) {
            return new Bid(id, document, credentialId, subjectName, algorithm, hashHex, handle, startedAt, newStatus,
                    newSignature, newVerified, newError);
        }
    }

    public Bid start(@Nullable String mobile, @Nullable String document) {
        InvalidInputException.requireText("document", document);
        MobileNumber holder = MobileNumber.parse("mobile", mobile);
        SigningCaller caller = self();
        List<String> ids = credentials.list(caller, holder.value());
        if (ids.isEmpty()) {
            throw InvalidInputException.of("mobile", "noCredential", "validation.signing.sandbox.noCredential",
                    "mobile");
        }
        CloudCredentials.Credential credential = credentials.get(caller, ids.get(0));
        String algorithm = credential.held().algorithm();
        byte[] hash = MessageHashes.hash(KeyAlgorithm.valueOf(algorithm), credential.der(),
                document.getBytes(StandardCharsets.UTF_8));
        Authorizations.Pending pending = authorizations.start(caller, new Authorizations.Request(credential.id(), 1,
                List.of(Base64.getEncoder().encodeToString(hash)),
                CscAlgorithms.hashAlgorithm(KeyAlgorithm.valueOf(algorithm)), "投标文件签章 / bid document"));
        if (bids.size() >= KEEP) {
            bids.keySet().stream().findAny().ifPresent(bids::remove);
        }
        Bid bid = new Bid(UUID.randomUUID().toString(), document, credential.id(), credential.held().subjectName(),
                algorithm, HexFormat.of().formatHex(hash), pending.handle(), clock.instant(), "PENDING", null, null,
                null);
        bids.put(bid.id(), bid);
        return bid;
    }

    public Optional<Bid> find(String id) {
        return Optional.ofNullable(bids.get(id));
    }

    /** Polls CertHall as a partner does; once authorized, signs the hash and checks the signature. */
    public Optional<Bid> refresh(String id) {
        return find(id).map(bid -> "PENDING".equals(bid.status()) ? bids.compute(id, (k, b) -> poll(b)) : bid);
    }

    private Bid poll(Bid bid) {
        SigningCaller caller = self();
        try {
            Authorizations.Sad sad = authorizations.check(caller, bid.handle());
            if (sad == null) {
                return bid;
            }
            CloudCredentials.Credential credential = credentials.get(caller, bid.credentialId());
            String hash = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(bid.hashHex()));
            String signature = signing.sign(caller, new HashSigning.Request(bid.credentialId(), sad.sad(),
                    List.of(hash), null, CscAlgorithms.signatureAlgorithm(KeyAlgorithm.valueOf(bid.algorithm()))))
                    .get(0);
            boolean ok = MessageHashes.verifies(KeyAlgorithm.valueOf(bid.algorithm()), credential.der(),
                    bid.document().getBytes(StandardCharsets.UTF_8), Base64.getDecoder().decode(signature));
            return bid.with("SIGNED", signature, ok, null);
        } catch (CscException e) {
            String status = switch (e.error()) {
                case "access_denied" -> "DENIED";
                case "expired_token" -> "EXPIRED";
                default -> e.getMessage().contains("locked") ? "LOCKED" : "FAILED";
            };
            return bid.with(status, null, null, e.error() + ": " + e.getMessage());
        }
    }

    private SigningCaller self() {
        SigningCaller caller = self;
        if (caller == null) {
            synchronized (this) {
                if (self == null) {
                    PartnerClients.NewClient client = partners.create(CHANNEL, NAME, List.of("signing"), null,
                            "sandbox");
                    self = SigningCaller.partner(client.clientId().toString(), CHANNEL, NAME);
                }
                caller = self;
            }
        }
        return caller;
    }
}
