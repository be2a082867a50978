package com.certhall.catalog.rest;

import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.DeliveryOption;
import com.certhall.catalog.FileFormat;
import com.certhall.catalog.FlowOrder;
import com.certhall.catalog.HelpEntry;
import com.certhall.catalog.KeyAlgorithm;
import com.certhall.catalog.MaterialKind;
import com.certhall.catalog.MaterialRequirement;
import com.certhall.catalog.PaymentMethod;
import com.certhall.catalog.ProductSpec;
import com.certhall.catalog.VerificationMethod;
import com.certhall.catalog.VerificationParty;
import com.certhall.catalog.VerificationStage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The JSON shape of {@code GET /api/v1/channels/{code}}. */
record ChannelView(String code, String name, String initial, String description, List<ProductView> products,
        Map<VerificationParty, Set<VerificationMethod>> verificationMethods, VerificationStage verificationStage,
        List<MaterialView> materials, FlowOrder flow, Set<PaymentMethod> paymentMethods, boolean invoice,
        Set<DeliveryOption> delivery, PaperMailing paperMailing, boolean holderCsrAllowed,
        @Nullable Prerequisite prerequisite, String agreementUrl, String agreementText, Help help) {

    record ProductView(String code, String name, String certType, String medium, Set<KeyAlgorithm> keyAlgorithms,
            Set<Integer> years, int maxQuantity, long pricePerYearFen, long ukeyPriceFen) {
    }

    record MaterialView(MaterialKind kind, boolean required, long maxBytes, Set<FileFormat> formats) {
    }

    record PaperMailing(boolean required, @Nullable String address) {
    }

    record Prerequisite(String registry, @Nullable String name) {
    }

    record Help(String hotline, String onlineSupport, List<HelpEntry> faq) {
    }

    static ChannelView of(ChannelRules r) {
        Map<VerificationParty, Set<VerificationMethod>> methods = new LinkedHashMap<>();
        for (VerificationParty party : VerificationParty.values()) {
            methods.put(party, r.verification().allowed(party));
        }
        List<ProductView> products = r.products().stream().map(ChannelView::product).toList();
        List<MaterialView> materials = r.materials().requirements().stream().map(ChannelView::material).toList();
        Prerequisite prerequisite = r.prerequisiteRegistry() == null ? null
                : new Prerequisite(r.prerequisiteRegistry(), r.prerequisiteName());
        return new ChannelView(r.code(), r.name(), r.initial(), r.description(), products, methods,
                r.verificationStage(), materials, r.flow(), r.orderedPaymentMethods(), r.invoiceApplies(),
                r.orderedDeliveryOptions(), new PaperMailing(r.paperMailing(), r.mailingAddress()),
                r.holderCsrAllowed(), prerequisite, "/apply/" + r.code() + "#agreement", r.agreementText(),
                new Help(r.hotline(), r.onlineSupport(), r.help()));
    }

    private static ProductView product(ProductSpec p) {
        return new ProductView(p.code(), p.name(), p.certType().name(), p.medium().name(), p.orderedKeyAlgorithms(),
                p.years(), p.maxQuantity(), p.pricePerYear().fen(), p.ukeyPrice().fen());
    }

    private static MaterialView material(MaterialRequirement m) {
        return new MaterialView(m.kind(), m.required(), m.maxBytes(), m.orderedFormats());
    }
}
