package com.certhall.orders;

import com.certhall.support.OrderApi;
import java.time.Instant;
import java.util.UUID;

/**
 * The one fixture for orders, always reaching a state through the real transitions, never by reflection:
 * <ul>
 * <li>{@code Orders.anOrder().handledBy(mobile).through(api).inReview()}: an applicant walks the orders API over
 * HTTP ({@link ApiOrders});
 * <li>{@code Orders.anOrder().forChannel(c).through(orders).awaitingPaymentOnPaper(product)}: in-process
 * through the facades ({@link FacadeOrders}).
 * </ul>
 * The aggregate itself is internal to {@code orders.domain}; that package's tests build it with
 * {@code orders.domain.Aggregates}.
 */
public final class Orders {

    public static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    public static final String ACTOR = "applicant:test";

    private String channel = "demo";
    private SubjectType subjectType = SubjectType.ORGANIZATION;
    private String handlerMobile;
    private UUID account = UUID.randomUUID();
    private String organizationName;
    private String uscc;

    private Orders() {
    }

    public static Orders anOrder() {
        return new Orders();
    }

    public Orders forChannel(String channel) {
        this.channel = channel;
        return this;
    }

    public Orders ofSubject(SubjectType subjectType) {
        this.subjectType = subjectType;
        return this;
    }

    /** The mobile of the handler (and, for an organisation, its legal representative): signature codes go there. */
    public Orders handledBy(String mobile) {
        this.handlerMobile = mobile;
        return this;
    }

    /** The organisation applied for on the paper path (a new one unless set, e.g. one a registry knows). */
    public Orders forOrganization(String name, String uscc) {
        this.organizationName = name;
        this.uscc = uscc;
        return this;
    }

    /** The applicant's account (a new one unless set). */
    public Orders forAccount(UUID account) {
        this.account = account;
        return this;
    }

    /** Moves the order in-process through the orders facade, as {@code account} in {@code channel}. */
    public FacadeOrders through(OrderManagement orders) {
        return new FacadeOrders(orders, account, channel, subjectType,
                organizationName == null ? "纸质申请科技有限公司" : organizationName, uscc == null ? Identities.uscc() : uscc);
    }

    /** Walks the orders API as the applicant behind {@code api}; the channel is the scenario's unless set. */
    public ApiOrders through(OrderApi api) {
        if (handlerMobile == null) {
            throw new IllegalStateException("handledBy(mobile) first: the signature code goes to the handler");
        }
        return new ApiOrders(api, handlerMobile, "demo".equals(channel) ? null : channel);
    }
}
