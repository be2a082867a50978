package com.certhall.catalog;

import com.certhall.shared.IdentityDocument;
import com.certhall.shared.Uscc;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The catalog as other modules see it: channels (projects) with their rules, products and server-side quotes.
 * Channel rules are returned as values holding named policies ({@link FlowOrder}, {@link VerificationMethodPolicy},
 * {@link MaterialPolicy}); callers ask those policies instead of testing channel fields themselves.
 */
public interface CatalogManagement {

    /** Active channels whose name, code or pinyin initial matches {@code query} (all when blank), by initial. */
    List<ChannelSummary> findChannels(String query);

    /** The rules of an active channel, if it exists. */
    Optional<ChannelRules> findChannel(String code);

    /**
     * The rules of an active channel.
     *
     * @throws com.certhall.shared.NotFoundException when there is no such channel
     */
    ChannelRules channel(String code);

    /**
     * A product of a channel.
     *
     * @throws com.certhall.shared.NotFoundException when the channel does not exist
     * @throws com.certhall.shared.InvalidInputException naming {@code productCode} when it does not offer the product
     */
    ProductSpec product(String channelCode, String productCode);

    /**
     * Prices {@code quantity} certificates of a product for {@code years}.
     *
     * @throws com.certhall.shared.InvalidInputException naming {@code productCode}, {@code years} or {@code quantity}
     */
    Quote quote(String channelCode, String productCode, int years, int quantity);

    /** What the channel asks of one kind of material; empty when it does not accept that kind. */
    Optional<MaterialRequirement> materialRequirement(String channelCode, MaterialKind kind);

    /**
     * Asks the channel's partner registry whether the organisation is registered there (SXCA: register on the
     * trading platform first). Allowed when the channel has no prerequisite.
     *
     * @throws PrerequisiteUnavailableException when the registry does not answer (503, "try again later")
     */
    PolicyDecision checkPrerequisite(String channelCode, Uscc uscc);

    /**
     * The identity documents the channel accepts for the people of an order (all kinds unless its administrator
     * narrowed them; always the resident ID card).
     */
    Set<IdentityDocument.Kind> identityDocuments(String channelCode);
}
