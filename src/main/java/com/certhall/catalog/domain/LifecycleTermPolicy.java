package com.certhall.catalog.domain;

import com.certhall.catalog.LifecycleTerms;
import com.certhall.catalog.LifecycleTerms.Term;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.transaction.annotation.Transactional;

/**
 * A channel administrator sets what the channel offers after issuance (docs/lifecycle.md, "Channel terms"): which
 * services, at what price, and the renewal window. Every change is audited with the terms before and after.
 */
@org.springframework.stereotype.Service
public class LifecycleTermPolicy {

    private final LifecycleTermRows rows;
    private final ChannelTermChanges changes;

    LifecycleTermPolicy(LifecycleTermRows rows, ChannelTermChanges changes) {
        this.rows = rows;
        this.changes = changes;
    }

    @Transactional(readOnly = true)
    public LifecycleTerms terms(String channel) {
        changes.requireKnown(channel);
        return rows.of(channel);
    }

    /** Checks the typed terms (400 naming every bad field), stores them and audits the change. */
    @Transactional
    public LifecycleTerms change(String channel, LifecycleTermsDraft draft, String actor) {
        changes.requireKnown(channel);
        LifecycleTerms after = draft.toTerms(channel);
        LifecycleTerms before = rows.of(channel);
        rows.replace(after);
        changes.audit("catalog.channel.lifecycleTerms", actor, channel, summary(before), summary(after));
        return after;
    }

    /** {@code RENEWAL=on/product,CHANGE=off/38000,…,window=90}: what the audit log keeps of a channel's terms. */
    static String summary(LifecycleTerms terms) {
        return Stream.concat(Stream.of(LifecycleTerms.Service.values()).map(s -> {
            Term t = terms.terms().get(s);
            return s.name() + "=" + (t.offered() ? "on" : "off") + "/"
                    + (t.priceFen() == null ? "product" : t.priceFen());
        }), Stream.of("window=" + terms.renewalWindowDays())).collect(Collectors.joining(","));
    }
}
