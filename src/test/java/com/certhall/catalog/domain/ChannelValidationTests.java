package com.certhall.catalog.domain;

import com.certhall.catalog.DeliveryOption;
import com.certhall.catalog.FileFormat;
import com.certhall.catalog.FlowOrder;
import com.certhall.catalog.MaterialKind;
import com.certhall.catalog.MaterialRequirement;
import com.certhall.catalog.PaymentMethod;
import com.certhall.catalog.VerificationMethod;
import com.certhall.catalog.VerificationStage;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An admin's channel draft is checked field by field; one answer names every bad field. */
class ChannelValidationTests {

    static ChannelDraft valid() {
        return new ChannelDraft(" Demo-1 ", "测试项目", "c", "简介", "协议全文",
                "400-000-1234", "在线", Set.of(VerificationMethod.MICRO_DEPOSIT), Set.of(), Set.of(),
                VerificationStage.AFTER_SUBMISSION,
                List.of(new MaterialDraft(MaterialKind.BUSINESS_LICENSE, true, true, MaterialRequirement.ONE_MB,
                                Set.of(FileFormat.JPG)),
                        new MaterialDraft(MaterialKind.OTHER, false, false, 5, Set.of())),
                FlowOrder.PAY_THEN_REVIEW, Set.of(PaymentMethod.WECHAT_QR), true, Set.of(DeliveryOption.MAIL), false,
                "ignored", false, "", "");
    }

    @Test
    void validDraftBecomesSettingsWithCleanedCodeAndInitial() {
        ChannelSettings s = ChannelValidation.toSettings(valid());
        assertThat(s.code()).isEqualTo("demo-1");
        assertThat(s.initial()).isEqualTo("C");
        assertThat(s.materials()).extracting(MaterialRequirement::kind).containsExactly(MaterialKind.BUSINESS_LICENSE);
        assertThat(s.mailingAddress()).isNull();
        assertThat(s.prerequisiteRegistry()).isNull();
    }

    @Test
    void initialIsTakenFromALatinNameButNeverGuessedForChinese() {
        assertThat(ChannelValidation.initialOf("", "eBid platform")).isEqualTo("E");
        assertThat(ChannelValidation.initialOf("", "中原")).isEmpty();
    }

    @Test
    void everyBadFieldIsNamed() {
        ChannelDraft bad = new ChannelDraft("Bad Code!", "", "中", "", "",
                "abc", "", Set.of(), Set.of(), Set.of(), null,
                List.of(new MaterialDraft(MaterialKind.BUSINESS_LICENSE, true, true, 3 * MaterialRequirement.ONE_MB,
                        Set.of())),
                null, Set.of(), false, Set.of(), true, "", false, "coal-trade", "");
        assertThatThrownBy(() -> ChannelValidation.toSettings(bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("code", "name", "initial", "agreementText", "hotline",
                                "organizationMethods", "verificationStage", "flow", "paymentMethods",
                                "deliveryOptions", "mailingAddress", "prerequisiteRegistry", "prerequisiteName",
                                "materials[0].maxBytes", "materials[0].formats"));
    }

    @Test
    void aChannelNeedsARequiredMaterial() {
        ChannelDraft d = valid();
        ChannelDraft noRequired = new ChannelDraft(d.code(), d.name(), d.initial(), d.description(),
                d.agreementText(), d.hotline(), d.onlineSupport(), d.organizationMethods(),
                d.handlerMethods(), d.personMethods(), d.verificationStage(),
                List.of(new MaterialDraft(MaterialKind.OTHER, true, false, MaterialRequirement.TWO_MB,
                        Set.of(FileFormat.PDF))),
                d.flow(), d.paymentMethods(), d.invoiceApplies(), d.deliveryOptions(), false, null, false, null, null);
        assertThatThrownBy(() -> ChannelValidation.toSettings(noRequired))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("materials"));
    }

    @Test
    void productDraftParsesYuanAndNamesBadFields() {
        ProductDraft good = new ProductDraft("Org", "机构证书", " 机构办理业务使用 ", com.certhall.catalog.CertificateType.ORGANIZATION,
                com.certhall.catalog.Medium.UKEY, Set.of(com.certhall.catalog.KeyAlgorithm.SM2), Set.of(1, 2), 1,
                "¥ 300.5", "80");
        assertThat(good.toSpec().pricePerYear().fen()).isEqualTo(30050);
        assertThat(good.toSpec().code()).isEqualTo("org");
        assertThat(good.toSpec().description()).isEqualTo("机构办理业务使用");
        ProductDraft bad = new ProductDraft("", "", "说".repeat(201), null, com.certhall.catalog.Medium.UKEY, Set.of(), Set.of(7), 0,
                "1.234", "");
        assertThatThrownBy(bad::toSpec).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactlyInAnyOrder(
                        "code", "name", "description", "certType", "keyAlgorithms", "years", "maxQuantity",
                        "pricePerYear", "ukeyPrice"));
    }
}
