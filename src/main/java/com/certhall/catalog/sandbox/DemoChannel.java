package com.certhall.catalog.sandbox;

import com.certhall.catalog.DeliveryOption;
import com.certhall.catalog.FlowOrder;
import com.certhall.catalog.MaterialRequirement;
import com.certhall.catalog.PaymentMethod;
import com.certhall.catalog.ProductSpec;
import com.certhall.catalog.VerificationMethod;
import com.certhall.catalog.VerificationParty;
import com.certhall.catalog.VerificationStage;
import com.certhall.catalog.domain.ChannelSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One demo channel with its products. */
record DemoChannel(ChannelSettings settings, List<ProductSpec> products) {

    /**
     * A demo channel's settings by name, the products last: every demo channel takes invoices; paper mailing, the
     * holder's own key and a prerequisite registry only where set.
     */
    static Builder channel(String code, String name, String initial, String description) {
        return new Builder(code, name, initial, description);
    }

    static final class Builder {

        private final String code;
        private final String name;
        private final String initial;
        private final String description;
        private String agreement = "";
        private String hotline = "";
        private String onlineSupport = "";
        private Map<VerificationParty, Set<VerificationMethod>> methods = Map.of();
        private VerificationStage stage = VerificationStage.BEFORE_PRODUCT;
        private List<MaterialRequirement> materials = List.of();
        private FlowOrder flow = FlowOrder.PAY_THEN_REVIEW;
        private Set<PaymentMethod> payments = Set.of();
        private Set<DeliveryOption> delivery = Set.of();
        private @Nullable String mailingAddress;
        private boolean holderCsrAllowed;
        private @Nullable String prerequisiteRegistry;
        private @Nullable String prerequisiteName;

        private Builder(String code, String name, String initial, String description) {
            this.code = code;
            this.name = name;
            this.initial = initial;
            this.description = description;
        }

        /** The standard agreement with the channel's own clause ({@link DemoText#agreement}). */
        Builder agreement(String clause) {
            agreement = DemoText.agreement(name, clause);
            return this;
        }

        Builder support(String hotline, String onlineSupport) {
            this.hotline = hotline;
            this.onlineSupport = onlineSupport;
            return this;
        }

        Builder verification(VerificationStage stage, Set<VerificationMethod> organization,
                Set<VerificationMethod> handler, Set<VerificationMethod> person) {
            this.stage = stage;
            this.methods = Map.of(VerificationParty.ORGANIZATION, organization, VerificationParty.HANDLER, handler,
                    VerificationParty.PERSON, person);
            return this;
        }

        Builder materials(MaterialRequirement... materials) {
            this.materials = List.of(materials);
            return this;
        }

        Builder flow(FlowOrder flow, PaymentMethod... payments) {
            this.flow = flow;
            this.payments = Set.of(payments);
            return this;
        }

        Builder delivery(DeliveryOption... options) {
            this.delivery = Set.of(options);
            return this;
        }

        /** Paper forms are mailed to this address. */
        Builder paperMailing(String address) {
            this.mailingAddress = address;
            return this;
        }

        Builder holderCsrAllowed() {
            this.holderCsrAllowed = true;
            return this;
        }

        /** The applicant must be registered on this platform first. */
        Builder prerequisite(String registry, String platformName) {
            this.prerequisiteRegistry = registry;
            this.prerequisiteName = platformName;
            return this;
        }

        DemoChannel products(ProductSpec... products) {
            return new DemoChannel(new ChannelSettings(code, name, initial, description, agreement, hotline,
                    onlineSupport, methods, stage, materials, flow, payments, true, delivery, mailingAddress != null,
                    mailingAddress, holderCsrAllowed, prerequisiteRegistry, prerequisiteName), List.of(products));
        }
    }
}
