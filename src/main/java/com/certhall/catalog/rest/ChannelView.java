package com.certhall.catalog.rest;

import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.ChannelTranslation;
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
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The JSON shape of {@code GET /api/v1/channels/{code}}. */
@Schema(description = "A channel (project): what it sells and how an order in it proceeds.")
record ChannelView(String code, String name,
        @Schema(description = "A-Z letter of the name's pinyin, for the picker.") String initial, String description,
        List<ProductView> products,
        @Schema(description = "The identity-check methods allowed for each party.")
        Map<VerificationParty, Set<VerificationMethod>> verificationMethods,
        @Schema(description = "Where in the wizard the identity checks happen.") VerificationStage verificationStage,
        List<MaterialView> materials,
        @Schema(description = "Whether an order is paid before or after review.") FlowOrder flow,
        Set<PaymentMethod> paymentMethods,
        @Schema(description = "Whether an electronic invoice can be requested.") boolean invoice,
        @Schema(description = "How UKEYs can reach the applicant.") Set<DeliveryOption> delivery,
        PaperMailing paperMailing,
        @Schema(description = "Whether the holder may bring its own key as a PKCS#10 CSR.") boolean holderCsrAllowed,
        @Schema(description = "A partner registry the organization must be registered with first; absent when none.")
        @Nullable Prerequisite prerequisite,
        @Schema(description = "The page showing the agreement to accept.") String agreementUrl,
        String agreementText, Help help,
        @Schema(description = "The channel's English texts; blank where none was written (pages then show Chinese).")
        English english) {

    @Schema(name = "ChannelEnglish")
    record English(String name, String description, String agreementText, String onlineSupport,
            @Schema(description = "English product names by product code; absent where none was written.")
            Map<String, String> productNames,
            @Schema(description = "English product descriptions by product code; absent where none was written.")
            Map<String, String> productDescriptions) {
    }

    @Schema(name = "ChannelProduct")
    record ProductView(String code, String name,
            @Schema(description = "What the product is for; blank when the channel wrote none.") String description,
            @Schema(description = "ORGANIZATION, ORGANIZATION_INDIVIDUAL, PERSONAL, LEGAL_REPRESENTATIVE or ESEAL.")
            String certType,
            @Schema(description = "CLOUD or UKEY.") String medium, Set<KeyAlgorithm> keyAlgorithms,
            @Schema(description = "The validity periods on offer, in years.") Set<Integer> years, int maxQuantity,
            long pricePerYearFen,
            @Schema(description = "Price of the UKEY per certificate; 0 for cloud certificates.") long ukeyPriceFen) {
    }

    @Schema(name = "ChannelMaterial")
    record MaterialView(MaterialKind kind, boolean required,
            @Schema(description = "Largest accepted upload, in bytes.") long maxBytes, Set<FileFormat> formats) {
    }

    @Schema(name = "ChannelPaperMailing", description = "Whether stamped paper must be mailed, and where to.")
    record PaperMailing(boolean required, @Schema(description = "Absent unless required.") @Nullable String address) {
    }

    @Schema(name = "ChannelPrerequisite")
    record Prerequisite(@Schema(description = "Id of the partner registry.") String registry,
            @Schema(description = "The registry's display name.") @Nullable String name) {
    }

    @Schema(name = "ChannelHelp")
    record Help(String hotline, @Schema(description = "How to reach online support.") String onlineSupport,
            @Schema(description = "The channel's questions from the help centre, in the language of "
                    + "Accept-Language (Chinese unless English).") List<HelpEntry> faq) {
    }

    static ChannelView of(ChannelRules r, ChannelTranslation en, List<HelpEntry> faq) {
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
                new Help(r.hotline(), r.onlineSupport(), faq),
                new English(en.name(), en.description(), en.agreementText(), en.onlineSupport(),
                        en.productNames(), en.productDescriptions()));
    }

    private static ProductView product(ProductSpec p) {
        return new ProductView(p.code(), p.name(), p.description(), p.certType().name(), p.medium().name(), p.orderedKeyAlgorithms(),
                p.years(), p.maxQuantity(), p.pricePerYear().fen(), p.ukeyPrice().fen());
    }

    private static MaterialView material(MaterialRequirement m) {
        return new MaterialView(m.kind(), m.required(), m.maxBytes(), m.orderedFormats());
    }
}
