package com.certhall.catalog.domain;

import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.ChannelSummary;
import com.certhall.catalog.LifecycleTerms;
import com.certhall.catalog.MaterialKind;
import com.certhall.catalog.MaterialRequirement;
import com.certhall.catalog.PolicyDecision;
import com.certhall.catalog.PrerequisiteUnavailableException;
import com.certhall.catalog.ProductSpec;
import com.certhall.catalog.Quote;
import com.certhall.catalog.provider.PrerequisiteCheck;
import com.certhall.catalog.provider.RegistryUnavailableException;
import com.certhall.shared.IdentityDocument;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.Uscc;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads channels for the rest of the hall: search, rules, products, quotes and the prerequisite check. */
@Service
@Transactional(readOnly = true)
public class CatalogService implements CatalogManagement {

    private final ChannelRepository channels;
    private final ObjectProvider<PrerequisiteCheck> prerequisites;
    private final LifecycleTermRows lifecycleTerms;
    private final IdentityDocumentRows identityDocuments;
    private final ChannelTextRows texts;
    private final ChannelRulesCache cache;

    public CatalogService(ChannelRepository channels, ObjectProvider<PrerequisiteCheck> prerequisites,
            IdentityDocumentRows identityDocuments, LifecycleTermRows lifecycleTerms, ChannelTextRows texts,
            ChannelRulesCache cache) {
        this.channels = channels;
        this.cache = cache;
        this.texts = texts;
        this.lifecycleTerms = lifecycleTerms;
        this.prerequisites = prerequisites;
        this.identityDocuments = identityDocuments;
    }

    @Override
    public Set<IdentityDocument.Kind> identityDocuments(String channelCode) {
        return identityDocuments.accepted(channelCode);
    }

    /** No transaction of its own: the list and the names are kept per node, and a kept read needs no connection. */
    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<ChannelSummary> findChannels(String query) {
        String q = InputHygiene.tidy(query).toLowerCase(Locale.ROOT);
        // the English names too, whatever the page's language: a visitor types the name they know
        Map<String, String> english = q.isEmpty() ? Map.of()
                : cache.item("en", ChannelTextBook.NAME, () -> texts.item("en", ChannelTextBook.NAME));
        return cache.summaries(() -> channels.findAll().stream().map(c -> c.settings().toSummary()).toList())
                .stream().filter(s -> q.isEmpty() || matches(s, english.getOrDefault(s.code(), ""), q))
                .sorted(Comparator.comparing(ChannelSummary::initial).thenComparing(ChannelSummary::code))
                .toList();
    }

    static boolean matches(ChannelSummary s, String englishName, String q) {
        if (q.length() == 1) {
            // one letter is an initial, pinyin or English, not any name holding it
            return s.initial().equalsIgnoreCase(q) || englishName.toLowerCase(Locale.ROOT).startsWith(q)
                    || s.name().contains(q);
        }
        return s.name().toLowerCase(Locale.ROOT).contains(q) || s.code().contains(q)
                || englishName.toLowerCase(Locale.ROOT).contains(q);
    }

    /** No transaction of its own: the rules are kept per node, and a kept read needs no connection. */
    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<ChannelRules> findChannel(String code) {
        // a text that cannot be a channel code (a NUL, markup, any length) is no channel, without asking the database
        if (code == null || !ChannelValidation.CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return cache.get(code, () -> channels.find(code).map(StoredChannel::rules));
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public ChannelRules channel(String code) {
        return findChannel(code).orElseThrow(() -> new NotFoundException("channel", code));
    }

    @Override
    public ProductSpec product(String channelCode, String productCode) {
        return channel(channelCode).requireProduct("productCode", productCode);
    }

    @Override
    public Quote quote(String channelCode, String productCode, int years, int quantity) {
        return product(channelCode, productCode).quote(years, quantity);
    }

    @Override
    public Optional<MaterialRequirement> materialRequirement(String channelCode, MaterialKind kind) {
        return channel(channelCode).materials().requirement(kind);
    }

    @Override
    public PolicyDecision checkPrerequisite(String channelCode, Uscc uscc) {
        ChannelRules rules = channel(channelCode);
        String registry = rules.prerequisiteRegistry();
        if (registry == null) {
            return PolicyDecision.ALLOWED;
        }
        String name = rules.prerequisiteName() == null ? registry : rules.prerequisiteName();
        PrerequisiteCheck check = prerequisites.getIfAvailable();
        if (check == null) {
            throw new PrerequisiteUnavailableException(name, new RegistryUnavailableException("no adapter configured"));
        }
        try {
            return check.isRegistered(registry, uscc) ? PolicyDecision.ALLOWED
                    : PolicyDecision.Rejection.of("notRegistered", "catalog.prerequisite.notRegistered", name);
        } catch (RegistryUnavailableException e) {
            throw new PrerequisiteUnavailableException(name, e);
        }
    }

    @Override
    public LifecycleTerms lifecycleTerms(String channelCode) {
        return lifecycleTerms.of(channel(channelCode).code());
    }
}
