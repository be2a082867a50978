package com.certhall.catalog;

import com.certhall.shared.InvalidInputException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything a channel (project) decides about an application: products, allowed verification methods and where in
 * the wizard they happen, required materials, flow order, payment methods, invoices, delivery, paper mailing,
 * holder-supplied CSRs and an optional external registration the applicant must have (SXCA: 焦煤在线).
 *
 * @param prerequisiteRegistry id of the partner registry that must know the organisation, or null for none
 * @param prerequisiteName     the registry's display name, for messages ("请先在…注册")
 * @param mailingAddress       where paper materials go when {@code paperMailing}; null otherwise
 */
public record ChannelRules(String code, String name, String initial, String description, String agreementText,
        String hotline, String onlineSupport, List<ProductSpec> products,
        VerificationMethodPolicy verification, VerificationStage verificationStage, MaterialPolicy materials,
        FlowOrder flow, Set<PaymentMethod> paymentMethods, boolean invoiceApplies, Set<DeliveryOption> deliveryOptions,
        boolean paperMailing, @Nullable String mailingAddress, boolean holderCsrAllowed,
        @Nullable String prerequisiteRegistry, @Nullable String prerequisiteName) {

    public ChannelRules {
        products = List.copyOf(products);
        paymentMethods = paymentMethods.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(paymentMethods));
        deliveryOptions = deliveryOptions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(deliveryOptions));
    }

    /** The same rules with other visible texts (a translation); the rules themselves do not change. */
    public ChannelRules withTexts(String name, String description, String agreementText, String onlineSupport,
            List<ProductSpec> products) {
        return new ChannelRules(code, name, initial, description, agreementText, hotline, onlineSupport, products,
                verification, verificationStage, materials, flow, paymentMethods, invoiceApplies, deliveryOptions,
                paperMailing, mailingAddress, holderCsrAllowed, prerequisiteRegistry, prerequisiteName);
    }

    public Optional<ProductSpec> product(String productCode) {
        return products.stream().filter(p -> p.code().equals(productCode)).findFirst();
    }

    /** The product, or a 400 naming {@code field} when the channel does not offer it. */
    public ProductSpec requireProduct(String field, String productCode) {
        return product(productCode).orElseThrow(() -> InvalidInputException.of(field, "notOffered",
                "catalog.product.notOffered", field, productCode));
    }

    public boolean hasPrerequisite() {
        return prerequisiteRegistry != null;
    }

    public PolicyDecision checkPayment(PaymentMethod method) {
        return paymentMethods.contains(method) ? PolicyDecision.ALLOWED
                : PolicyDecision.Rejection.of("notAccepted", "catalog.payment.notAccepted");
    }

    /** Delivery must be one the channel offers; a UKEY cannot go without delivery, a cloud certificate needs none. */
    public PolicyDecision checkDelivery(DeliveryOption option, Medium medium) {
        if (medium == Medium.CLOUD) {
            return option == DeliveryOption.NONE ? PolicyDecision.ALLOWED
                    : PolicyDecision.Rejection.of("cloudNoDelivery", "catalog.delivery.cloud");
        }
        if (option == DeliveryOption.NONE || !deliveryOptions.contains(option)) {
            return PolicyDecision.Rejection.of("notOffered", "catalog.delivery.notOffered");
        }
        return PolicyDecision.ALLOWED;
    }

    public Set<PaymentMethod> orderedPaymentMethods() {
        return paymentMethods.isEmpty() ? Set.of() : EnumSet.copyOf(paymentMethods);
    }

    public Set<DeliveryOption> orderedDeliveryOptions() {
        return deliveryOptions.isEmpty() ? Set.of() : EnumSet.copyOf(deliveryOptions);
    }
}
