package com.certhall.catalog.domain;

import com.certhall.catalog.DeliveryOption;
import com.certhall.catalog.FlowOrder;
import com.certhall.catalog.PaymentMethod;
import com.certhall.catalog.VerificationMethod;
import com.certhall.catalog.VerificationStage;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A channel as typed into the admin form, not yet checked. {@link ChannelValidation#toSettings} checks it and names
 * every bad field by the form's own path ({@code initial}, {@code materials[2].formats}).
 */
public record ChannelDraft(@Nullable String code, @Nullable String name, @Nullable String initial,
        @Nullable String description, @Nullable String agreementText, @Nullable String hotline,
        @Nullable String onlineSupport, Set<VerificationMethod> organizationMethods,
        Set<VerificationMethod> handlerMethods, Set<VerificationMethod> personMethods,
        @Nullable VerificationStage verificationStage, List<MaterialDraft> materials, @Nullable FlowOrder flow,
        Set<PaymentMethod> paymentMethods, boolean invoiceApplies, Set<DeliveryOption> deliveryOptions,
        boolean paperMailing, @Nullable String mailingAddress, boolean holderCsrAllowed,
        @Nullable String prerequisiteRegistry, @Nullable String prerequisiteName) {

    public ChannelDraft {
        organizationMethods = Set.copyOf(organizationMethods);
        handlerMethods = Set.copyOf(handlerMethods);
        personMethods = Set.copyOf(personMethods);
        materials = List.copyOf(materials);
        paymentMethods = Set.copyOf(paymentMethods);
        deliveryOptions = Set.copyOf(deliveryOptions);
    }
}
