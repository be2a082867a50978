package com.certhall.catalog.domain;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.shared.IdentityDocument;
import com.certhall.shared.InvalidInputException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which identity documents a channel accepts (issue 12 item 6: "the wizard offers them where the channel allows"):
 * every kind unless its administrator narrowed the list; the resident ID card is always among them, because the
 * identity checks (telecom, bank card, face) work with it only.
 */
@Service
public class IdentityDocumentPolicy {

    private final IdentityDocumentRows rows;
    private final ChannelRepository channels;
    private final AuditTrail audit;

    IdentityDocumentPolicy(IdentityDocumentRows rows, ChannelRepository channels, AuditTrail audit) {
        this.rows = rows;
        this.channels = channels;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Set<IdentityDocument.Kind> accepted(String channel) {
        return rows.accepted(channel);
    }

    /** Sets the kinds a channel accepts; refuses a list without the resident ID card, or an unknown channel. */
    @Transactional
    public Set<IdentityDocument.Kind> change(String channel, Set<IdentityDocument.Kind> kinds, String actor) {
        if (!channels.exists(channel)) {
            throw new com.certhall.shared.NotFoundException("Channel", channel);
        }
        if (!kinds.contains(IdentityDocument.Kind.RESIDENT_ID)) {
            throw InvalidInputException.of("kinds", "residentIdRequired", "catalog.validation.residentIdRequired");
        }
        Set<IdentityDocument.Kind> before = rows.accepted(channel);
        Set<IdentityDocument.Kind> after = EnumSet.copyOf(kinds);
        rows.replace(channel, after.equals(EnumSet.allOf(IdentityDocument.Kind.class)) ? Set.of() : after);
        audit.record(AuditRecord.of("catalog.channel.identityDocuments", actor, channel)
                .with("before", names(before)).with("after", names(after)));
        return after;
    }

    private static String names(Set<IdentityDocument.Kind> kinds) {
        return kinds.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
