package com.certhall.catalog.domain;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * What a channel administrator's change of a channel's terms beside its settings (identity documents, lifecycle
 * terms) must do: refuse an unknown channel as not found, and audit the change with the terms before and after.
 */
@Component
class ChannelTermChanges {

    private final ChannelRepository channels;
    private final AuditTrail audit;

    ChannelTermChanges(ChannelRepository channels, AuditTrail audit) {
        this.channels = channels;
        this.audit = audit;
    }

    void requireKnown(String channel) {
        if (!channels.exists(channel)) {
            throw new NotFoundException("Channel", channel);
        }
    }

    void audit(String action, String actor, String channel, String before, String after) {
        audit.record(AuditRecord.of(action, actor, channel).with("before", before).with("after", after));
    }
}
