package com.certhall.catalog.domain;

import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.ChannelSummary;
import com.certhall.shared.KeptPerNode;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Channels' rules and texts as the rest of the hall reads them (every order read and channel page asks), and the
 * channel list with the texts its search matches, kept per node (docs/architecture.md, "Caches per node"). A change
 * on this node — settings, materials, products, through the channel repository, or texts through
 * {@link ChannelTextRows} — drops them at once and again when its transaction has ended; a change on another node is
 * read within {@link #TTL_SECONDS}. Unknown codes are not kept.
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

    /** The channel list ({@code GET /api/v1/channels}), and the texts of one item in one language by channel. */
    private final KeptPerNode<String, List<ChannelSummary>> summaries = new KeptPerNode<>(
            Duration.ofSeconds(TTL_SECONDS), 1);
    private final KeptPerNode<Map.Entry<String, String>, Map<String, String>> items = new KeptPerNode<>(
            Duration.ofSeconds(TTL_SECONDS), MAX_KEPT);

    Optional<ChannelRules> get(String code, Supplier<Optional<ChannelRules>> loader) {
        return Optional.ofNullable(rules.get(code, () -> loader.get().orElse(null)));
    }

    Map<String, String> texts(String code, String lang, Supplier<Map<String, String>> loader) {
        return texts.get(Map.entry(code, lang), () -> Collections.unmodifiableMap(loader.get()));
    }

    List<ChannelSummary> summaries(Supplier<List<ChannelSummary>> loader) {
        return Objects.requireNonNull(summaries.get("", () -> List.copyOf(loader.get())));
    }

    Map<String, String> item(String lang, String item, Supplier<Map<String, String>> loader) {
        return Objects.requireNonNull(items.get(Map.entry(lang, item), () -> Collections.unmodifiableMap(
                loader.get())));
    }

    /** A channel changed: every kept channel is dropped now and once more when the transaction has ended. */
    public void changed() {
        rules.changed();
        texts.changed();
        summaries.changed();
        items.changed();
    }
}
