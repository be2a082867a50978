package com.certhall.support.help;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import com.certhall.shared.FreeText;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.SiteProperties;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The help centre: general questions and each channel's own, searched in both languages at once (a visitor reading
 * English pages may paste a Chinese term), and the channel's ways to reach a person (docs/help.md, "Help centre").
 */
@Service
public class HelpCentre {

    /** More questions than this per channel is a manual, not a help list. */
    static final int MAX_PER_CHANNEL = 40;

    /** What the general questions (those of no channel) go by where a channel code would stand: audit, admin URLs. */
    public static final String GENERAL = "general";

    private final JdbcFaqs faqs;
    private final CatalogManagement catalog;
    private final SiteProperties site;
    private final AuditTrail audit;
    private final Clock clock;

    HelpCentre(JdbcFaqs faqs, CatalogManagement catalog, SiteProperties site, AuditTrail audit, Clock clock) {
        this.faqs = faqs;
        this.catalog = catalog;
        this.site = site;
        this.audit = audit;
        this.clock = clock;
    }

    /** Where to reach a person: the channel's hotline, service hours and address, or the site's. */
    public record Contact(@Nullable String channel, @Nullable String channelName, String hotline, String hours,
            String address) {
    }

    /**
     * The questions of {@code channel} (and the general ones) matching every word of {@code query}; all of them when
     * the query is blank. An unknown channel is a 404.
     */
    @Transactional(readOnly = true)
    public List<Faq> search(@Nullable String channel, @Nullable String query) {
        String q = FreeText.optional("q", query, 100);
        String code = channel == null || channel.isBlank() ? null : known(channel).code();
        List<Faq> candidates = new ArrayList<>(faqs.all().stream()
                .filter(f -> f.channel() == null || f.channel().equals(code)).toList());
        // the channel's own questions first: they answer what the general ones cannot
        candidates.sort((a, b) -> Boolean.compare(a.channel() == null, b.channel() == null));
        if (q == null) {
            return candidates;
        }
        String[] words = Arrays.stream(q.toLowerCase(Locale.ROOT).split(" ")).filter(w -> !w.isBlank())
                .toArray(String[]::new);
        return candidates.stream().filter(f -> f.matches(words)).toList();
    }

    @Transactional(readOnly = true)
    public List<Faq> of(@Nullable String channel) {
        return faqs.of(channel == null ? null : known(channel).code());
    }

    public Contact contact(@Nullable String channel) {
        if (channel == null || channel.isBlank()) {
            return new Contact(null, null, site.hotline(), "", site.paperAddress());
        }
        ChannelRules rules = known(channel);
        String address = rules.mailingAddress() != null ? rules.mailingAddress() : site.paperAddress();
        return new Contact(rules.code(), rules.name(), rules.hotline(), rules.onlineSupport(), address);
    }

    public Optional<ChannelRules> channel(@Nullable String code) {
        return code == null || code.isBlank() ? Optional.empty() : catalog.findChannel(code.strip());
    }

    /** Replaces the channel's (or, with null, the general) questions; audited with the count and the admin. */
    @Transactional
    public void replace(@Nullable String channel, List<FaqDraft> drafts, String actor) {
        String code = channel == null ? null : known(channel).code();
        if (drafts.size() > MAX_PER_CHANNEL) {
            throw InvalidInputException.of("faq", "tooMany", "support.validation.faqTooMany", "faq",
                    MAX_PER_CHANNEL);
        }
        faqs.replace(code, drafts, actor, clock.instant());
        audit.record(AuditRecord.of("support.faq.replaced", actor, "channel:" + (code == null ? GENERAL : code))
                .with("count", drafts.size()));
    }

    private ChannelRules known(String channel) {
        return catalog.findChannel(channel.strip()).orElseThrow(() -> new NotFoundException("channel", channel));
    }
}
