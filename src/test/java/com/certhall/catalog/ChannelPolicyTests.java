package com.certhall.catalog;

import com.certhall.shared.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Flow order, verification-method and material policies answer with an allowance or a rejection key. */
class ChannelPolicyTests {

    @ParameterizedTest
    @CsvSource({"PAY_THEN_REVIEW, PAYMENT, REVIEW", "REVIEW_THEN_PAY, REVIEW, PAYMENT"})
    void eachFlowTakesItsTwoStepsInOrderThenFulfilment(FlowOrder flow, FlowStep first, FlowStep second) {
        assertThat(flow.afterSubmission()).isEqualTo(first);
        assertThat(flow.after(first)).isEqualTo(second);
        assertThat(flow.after(second)).isEqualTo(FlowStep.FULFILMENT);
    }

    @Test
    void payThenReviewRefusesReviewBeforePayment() {
        FlowOrder flow = FlowOrder.PAY_THEN_REVIEW;
        assertThat(flow.checkReview(false)).isInstanceOf(PolicyDecision.Rejection.class);
        assertThat(flow.checkReview(true).isAllowed()).isTrue();
        assertThat(flow.checkPayment(false).isAllowed()).isTrue();
    }

    @Test
    void reviewThenPayRefusesPaymentBeforeApproval() {
        FlowOrder flow = FlowOrder.REVIEW_THEN_PAY;
        assertThat(flow.checkPayment(false)).isInstanceOfSatisfying(PolicyDecision.Rejection.class,
                r -> assertThat(r.messageKey()).isEqualTo("catalog.flow.reviewFirst"));
        assertThat(flow.checkPayment(true).isAllowed()).isTrue();
        assertThat(flow.checkReview(false).isAllowed()).isTrue();
    }

    @Test
    void verificationPolicyAllowsOnlyConfiguredMethodsPerParty() {
        VerificationMethodPolicy policy = new VerificationMethodPolicy(Map.of(
                VerificationParty.ORGANIZATION, Set.of(VerificationMethod.MICRO_DEPOSIT),
                VerificationParty.HANDLER, Set.of(VerificationMethod.FACE)));
        assertThat(policy.check(VerificationParty.ORGANIZATION, VerificationMethod.MICRO_DEPOSIT).isAllowed()).isTrue();
        assertThat(policy.check(VerificationParty.ORGANIZATION, VerificationMethod.LEGAL_REP_FACE))
                .isInstanceOfSatisfying(PolicyDecision.Rejection.class, r -> assertThat(r.code()).isEqualTo("notAllowed"));
        assertThat(policy.check(VerificationParty.PERSON, VerificationMethod.FACE))
                .isInstanceOfSatisfying(PolicyDecision.Rejection.class, r -> assertThat(r.code()).isEqualTo("notAllowed"));
        assertThat(policy.check(VerificationParty.HANDLER, VerificationMethod.MICRO_DEPOSIT))
                .isInstanceOfSatisfying(PolicyDecision.Rejection.class,
                        r -> assertThat(r.code()).isEqualTo("notApplicable"));
        assertThat(policy.allowed(VerificationParty.PERSON)).isEmpty();
    }

    @Test
    void aMethodCannotBeConfiguredForAPartyItDoesNotApplyTo() {
        assertThatThrownBy(() -> new VerificationMethodPolicy(
                Map.of(VerificationParty.PERSON, Set.of(VerificationMethod.MICRO_DEPOSIT))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void apiPartyAndMethodNamesMapOntoCatalogMethods() {
        assertThat(VerificationMethod.fromApi("LEGAL_REP", "TELECOM_3F")).contains(
                new VerificationMethod.Choice(VerificationParty.ORGANIZATION, VerificationMethod.LEGAL_REP_TELECOM_3F));
        assertThat(VerificationMethod.fromApi("organization", "micro_deposit")).contains(
                new VerificationMethod.Choice(VerificationParty.ORGANIZATION, VerificationMethod.MICRO_DEPOSIT));
        assertThat(VerificationMethod.fromApi("HANDLER", "FACE")).isPresent();
        assertThat(VerificationMethod.fromApi("PERSON", "MICRO_DEPOSIT")).isEmpty();
        assertThat(VerificationMethod.fromApi("NOBODY", "FACE")).isEmpty();
    }

    @Test
    void materialPolicyChecksKindSizeAndSniffedFormat() {
        MaterialPolicy policy = new MaterialPolicy(List.of(
                new MaterialRequirement(MaterialKind.BUSINESS_LICENSE, true, MaterialRequirement.ONE_MB,
                        Set.of(FileFormat.JPG, FileFormat.PNG)),
                new MaterialRequirement(MaterialKind.SEAL_SPECIMEN, false, MaterialRequirement.TWO_MB,
                        Set.of(FileFormat.PNG))));
        assertThat(policy.checkFile(MaterialKind.BUSINESS_LICENSE, 1000, FileFormat.JPEG).isAllowed()).isTrue();
        assertThat(policy.checkFile(MaterialKind.BUSINESS_LICENSE, MaterialRequirement.ONE_MB + 1, FileFormat.JPG))
                .isInstanceOfSatisfying(PolicyDecision.Rejection.class, r -> {
                    assertThat(r.code()).isEqualTo("tooLarge");
                    assertThat(r.args()).containsExactly(1L);
                });
        assertThat(policy.checkFile(MaterialKind.BUSINESS_LICENSE, 10, FileFormat.PDF))
                .isInstanceOfSatisfying(PolicyDecision.Rejection.class, r -> {
                    assertThat(r.code()).isEqualTo("format");
                    assertThat(r.args()).containsExactly("JPG/PNG");
                });
        assertThat(policy.check(MaterialKind.ID_FRONT)).isInstanceOfSatisfying(PolicyDecision.Rejection.class,
                r -> assertThat(r.code()).isEqualTo("notAccepted"));
        assertThat(policy.missing(Set.of(MaterialKind.SEAL_SPECIMEN))).containsExactly(MaterialKind.BUSINESS_LICENSE);
        assertThat(policy.missing(Set.of(MaterialKind.BUSINESS_LICENSE))).isEmpty();
        assertThat(policy.requirement(MaterialKind.BUSINESS_LICENSE).orElseThrow().mediaTypes())
                .containsExactlyInAnyOrder("image/jpeg", "image/png");
    }

    @Test
    void rejectionBecomesAFieldErrorNamingTheField() {
        PolicyDecision decision = PolicyDecision.Rejection.of("tooLarge", "catalog.material.tooLarge", 2L);
        assertThatThrownBy(() -> decision.orThrow("file"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations().get(0).field()).isEqualTo("file");
                    assertThat(e.violations().get(0).args()).containsExactly("file", 2L);
                });
    }

    @Test
    void materialLimitsAboveTwoMegabytesAreRefused() {
        assertThatThrownBy(() -> new MaterialRequirement(MaterialKind.OTHER, false, 3 * MaterialRequirement.ONE_MB,
                Set.of(FileFormat.PDF))).isInstanceOf(IllegalArgumentException.class);
    }
}
