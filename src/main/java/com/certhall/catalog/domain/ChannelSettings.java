package com.certhall.catalog.domain;

import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.ChannelSummary;
import com.certhall.catalog.DeliveryOption;
import com.certhall.catalog.FlowOrder;
import com.certhall.catalog.MaterialPolicy;
import com.certhall.catalog.MaterialRequirement;
import com.certhall.catalog.PaymentMethod;
import com.certhall.catalog.ProductSpec;
import com.certhall.catalog.VerificationMethod;
import com.certhall.catalog.VerificationMethodPolicy;
import com.certhall.catalog.VerificationParty;
import com.certhall.catalog.VerificationStage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A channel as a channel admin edits it, without its products. Checked by {@link ChannelValidation} before it is
 * stored; {@link #toRules} turns it and its products into the rules other modules read.
 */
public record ChannelSettings(String code, String name, String initial, String description, String agreementText,
        String hotline, String onlineSupport, Map<VerificationParty, Set<VerificationMethod>> methods,
        VerificationStage verificationStage, List<MaterialRequirement> materials, FlowOrder flow,
        Set<PaymentMethod> paymentMethods, boolean invoiceApplies, Set<DeliveryOption> deliveryOptions,
        boolean paperMailing, @Nullable String mailingAddress, boolean holderCsrAllowed,
        @Nullable String prerequisiteRegistry, @Nullable String prerequisiteName) {

    public ChannelSettings {
        methods = Map.copyOf(methods);
        materials = List.copyOf(materials);
        paymentMethods = Set.copyOf(paymentMethods);
        deliveryOptions = Set.copyOf(deliveryOptions);
        mailingAddress = paperMailing ? mailingAddress : null;
        prerequisiteRegistry = prerequisiteRegistry == null || prerequisiteRegistry.isBlank() ? null
                : prerequisiteRegistry;
        prerequisiteName = prerequisiteRegistry == null ? null : prerequisiteName;
    }

    public ChannelRules toRules(List<ProductSpec> products) {
        return new ChannelRules(code, name, initial, description, agreementText, hotline, onlineSupport,
                products, new VerificationMethodPolicy(methods), verificationStage, new MaterialPolicy(materials), flow,
                paymentMethods, invoiceApplies, deliveryOptions, paperMailing, mailingAddress, holderCsrAllowed,
                prerequisiteRegistry, prerequisiteName);
    }

    public ChannelSummary toSummary() {
        return new ChannelSummary(code, name, initial, description);
    }

    public Set<VerificationMethod> methodsFor(VerificationParty party) {
        return methods.getOrDefault(party, Set.of());
    }
}
