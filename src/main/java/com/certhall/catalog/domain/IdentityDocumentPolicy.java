package com.certhall.catalog.domain;

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
    private final ChannelTermChanges changes;

    IdentityDocumentPolicy(IdentityDocumentRows rows, ChannelTermChanges changes) {
        this.rows = rows;
        this.changes = changes;
    }

    @Transactional(readOnly = true)
    public Set<IdentityDocument.Kind> accepted(String channel) {
        return rows.accepted(channel);
    }

    /** Sets the kinds a channel accepts; refuses a list without the resident ID card, or an unknown channel. */
    @Transactional
    public Set<IdentityDocument.Kind> change(String channel, Set<IdentityDocument.Kind> kinds, String actor) {
        changes.requireKnown(channel);
        if (!kinds.contains(IdentityDocument.Kind.RESIDENT_ID)) {
            throw InvalidInputException.of("kinds", "residentIdRequired", "catalog.validation.residentIdRequired");
        }
        Set<IdentityDocument.Kind> before = rows.accepted(channel);
        Set<IdentityDocument.Kind> after = EnumSet.copyOf(kinds);
        rows.replace(channel, after.equals(EnumSet.allOf(IdentityDocument.Kind.class)) ? Set.of() : after);
        changes.audit("catalog.channel.identityDocuments", actor, channel, names(before), names(after));
        return after;
    }

    private static String names(Set<IdentityDocument.Kind> kinds) {
        return kinds.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
