package com.certhall.catalog.domain;

import com.certhall.catalog.ChannelRules;
import com.certhall.shared.KeptPerNode;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Channels' rules and texts as the rest of the hall reads them (every order read and channel page asks), kept per
 * node (docs/architecture.md, "Caches per node"). A change on this node — settings, materials, products, through the
 * channel repository, or texts through {@link ChannelTextRows} — drops them at once and again when its transaction
 * has ended; a change on another node is read within {@link #TTL_SECONDS}. Unknown codes are not kept.
 */
@Component
public class ChannelRulesCache {

    static final long TTL_SECONDS = 10;
    private static final int MAX_KEPT = 10_000;

    private final KeptPerNode<String, ChannelRules> rules = new KeptPerNode<>(Duration.ofSeconds(TTL_SECONDS),
            MAX_KEPT);
    /** A channel's texts of one language, by channel code and language. */
    private final KeptPerNode<Map.Entry<String, String>, Map<String, String>> texts = new KeptPerNode<>(
            Duration.ofSeconds(TTL_SECONDS), MAX_KEPT);

    Optional<ChannelRules> get(String code, Supplier<Optional<ChannelRules>> loader) {
        return Optional.ofNullable(rules.get(code, () -> loader.get().orElse(null)));
    }

    Map<String, String> texts(String code, String lang, Supplier<Map<String, String>> loader) {
        return texts.get(Map.entry(code, lang), () -> Collections.unmodifiableMap(loader.get()));
    }

    /** A channel changed: every kept channel is dropped now and once more when the transaction has ended. */
    public void changed() {
        rules.changed();
        texts.changed();
    }
}
