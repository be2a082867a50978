package com.certhall.review.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.FileFormat;
import com.certhall.catalog.FlowOrder;
import com.certhall.catalog.MaterialKind;
import com.certhall.catalog.MaterialPolicy;
import com.certhall.catalog.MaterialRequirement;
import com.certhall.catalog.VerificationMethodPolicy;
import com.certhall.catalog.VerificationStage;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderDraft.InvoiceInfo;
import com.certhall.orders.OrderDraft;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import com.certhall.orders.Subject.IdType;
import com.certhall.orders.Subject.Party;
import com.certhall.orders.Subject;
import com.certhall.orders.SubjectType;
import com.certhall.orders.VerificationRecord;
import com.certhall.review.ReviewReason;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The automatic review checks one by one, and the auto-approval rule they make together. */
class AutomaticReviewTests {

    static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    static final AutomaticReview REVIEW = new AutomaticReview();

    @Test
    void aVerifiedPersonWithOnlyIdScansIsApprovedAutomatically() {
        ReviewFacts facts = facts(person("赵个人", Identities.residentId()), invoice("赵个人"),
                List.of(passed("PERSON")), EnumSet.of(MaterialKind.ID_FRONT, MaterialKind.ID_BACK),
                ReviewFacts.Prerequisite.NOT_APPLICABLE, null);
        assertThat(REVIEW.reasons(facts)).isEmpty();
    }

    @Test
    void aManualVerificationBringsItsNoteAndNoVerificationAtAllIsNotVerified() {
        ReviewFacts manual = facts(person("赵个人", Identities.residentId()), null,
                List.of(record("PERSON", VerificationRecord.Outcome.MANUAL, "skipped")),
                EnumSet.of(MaterialKind.ID_FRONT, MaterialKind.ID_BACK), ReviewFacts.Prerequisite.NOT_APPLICABLE,
                null);
        assertThat(REVIEW.reasons(manual)).containsExactly(
                ReviewReason.of("verificationManual", "PERSON", "MICRO_DEPOSIT", "skipped"));

        ReviewFacts none = facts(person("赵个人", Identities.residentId()), null, List.of(),
                EnumSet.of(MaterialKind.ID_FRONT, MaterialKind.ID_BACK), ReviewFacts.Prerequisite.NOT_APPLICABLE,
                null);
        assertThat(REVIEW.reasons(none)).containsExactly(ReviewReason.of("notVerified", "PERSON"));
    }

    @Test
    void aLaterPassOfTheSamePartyOutweighsAnEarlierFailure() {
        ReviewFacts facts = facts(person("赵个人", Identities.residentId()), null,
                List.of(record("PERSON", VerificationRecord.Outcome.FAILED, "identityMismatch"), passed("PERSON")),
                EnumSet.of(MaterialKind.ID_FRONT, MaterialKind.ID_BACK), ReviewFacts.Prerequisite.NOT_APPLICABLE,
                null);
        assertThat(new VerificationsPassed().check(facts)).isEmpty();
        ReviewFacts failed = facts(person("赵个人", Identities.residentId()), null,
                List.of(passed("PERSON"), record("PERSON", VerificationRecord.Outcome.FAILED, "identityMismatch")),
                EnumSet.of(MaterialKind.ID_FRONT, MaterialKind.ID_BACK), ReviewFacts.Prerequisite.NOT_APPLICABLE,
                null);
        assertThat(new VerificationsPassed().check(failed)).extracting(ReviewReason::code)
                .containsExactly("verificationFailed");
    }

    @Test
    void everyCheckedPartyMustPassAndALegalRepresentativeHandlerIsCoveredByHisOwnCheck() {
        ReviewFacts organizationOnly = facts(organization("测试科技有限公司", Identities.uscc(), false), null,
                List.of(passed("ORGANIZATION")), Set.of(), ReviewFacts.Prerequisite.NOT_APPLICABLE, null);
        assertThat(new VerificationsPassed().check(organizationOnly)).containsExactly(
                ReviewReason.of("notVerified", "HANDLER"));
        ReviewFacts self = facts(organization("测试科技有限公司", Identities.uscc(), true), null,
                List.of(passed("LEGAL_REP")), Set.of(), ReviewFacts.Prerequisite.NOT_APPLICABLE, null);
        assertThat(new VerificationsPassed().check(self)).isEmpty();
    }

    @Test
    void missingRequiredMaterialsAreNamedButAPersonIsNotAskedForABusinessLicence() {
        ReviewFacts person = facts(person("赵个人", Identities.residentId()), null, List.of(passed("PERSON")),
                EnumSet.of(MaterialKind.ID_FRONT), ReviewFacts.Prerequisite.NOT_APPLICABLE, null);
        assertThat(new RequiredMaterialsPresent().check(person)).containsExactly(
                ReviewReason.of("materialsMissing", "ID_BACK"));

        ReviewFacts org = facts(organization("测试科技有限公司", Identities.uscc(), false), null,
                List.of(passed("ORGANIZATION")), EnumSet.of(MaterialKind.ID_FRONT, MaterialKind.ID_BACK),
                ReviewFacts.Prerequisite.NOT_APPLICABLE, null);
        assertThat(new RequiredMaterialsPresent().check(org)).containsExactly(
                ReviewReason.of("materialsMissing", "BUSINESS_LICENSE/AUTHORIZATION_LETTER"));
        ReviewFacts signedOnline = facts(organization("测试科技有限公司", Identities.uscc(), false), null,
                List.of(passed("ORGANIZATION")), EnumSet.of(MaterialKind.BUSINESS_LICENSE, MaterialKind.ID_FRONT,
                        MaterialKind.ID_BACK), ReviewFacts.Prerequisite.NOT_APPLICABLE, NOW);
        assertThat(new RequiredMaterialsPresent().check(signedOnline)).isEmpty();
    }

    @Test
    void theInvoiceTitleAndTheLegalRepresentativeHandlerMustCarryTheSameNames() {
        ReviewFacts fullWidth = facts(person("赵 个人", Identities.residentId()), invoice("赵个人"),
                List.of(passed("PERSON")), EnumSet.of(MaterialKind.ID_FRONT, MaterialKind.ID_BACK),
                ReviewFacts.Prerequisite.NOT_APPLICABLE, null);
        assertThat(new NamesConsistent().check(fullWidth)).isEmpty();

        ReviewFacts other = facts(person("赵个人", Identities.residentId()), invoice("钱个人"),
                List.of(passed("PERSON")), EnumSet.noneOf(MaterialKind.class),
                ReviewFacts.Prerequisite.NOT_APPLICABLE, null);
        assertThat(new NamesConsistent().check(other)).containsExactly(
                ReviewReason.of("nameMismatch", "invoice", "钱个人", "赵个人"));

        Party legalRep = party("李法人", Identities.residentId());
        Subject sameButDifferent = new Subject.Organization("测试科技有限公司", Identities.uscc(), "北京",
                legalRep, party("王经办", Identities.residentId()), true);
        assertThat(new NamesConsistent().check(facts(sameButDifferent, null, List.of(), Set.of(),
                ReviewFacts.Prerequisite.NOT_APPLICABLE, null))).extracting(r -> r.args().get(0))
                .containsExactly("handler");
    }

    @Test
    void wrongCheckDigitsAreFound() {
        String uscc = Identities.uscc();
        String badUscc = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
        String id = Identities.residentId();
        String badId = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
        Subject org = new Subject.Organization("测试科技有限公司", badUscc, "北京", party("李法人", badId),
                party("李法人", badId), true);
        assertThat(new IdentifiersValid().check(facts(org, null, List.of(), Set.of(),
                ReviewFacts.Prerequisite.NOT_APPLICABLE, null))).containsExactly(ReviewReason.of("usccInvalid"),
                ReviewReason.of("idNumberInvalid", "legalRep"));
        Subject passport = new Subject.Person(new Party("John Smith", IdType.PASSPORT, "E12345678", "13800000000",
                "", "", ""));
        assertThat(new IdentifiersValid().check(facts(passport, null, List.of(), Set.of(),
                ReviewFacts.Prerequisite.NOT_APPLICABLE, null))).isEmpty();
    }

    @Test
    void thePartnerRegistrationIsRequiredWhereTheChannelHasOne() {
        Subject org = organization("测试科技有限公司", Identities.uscc(), true);
        assertThat(new PrerequisiteMet().check(facts(org, null, List.of(), Set.of(),
                ReviewFacts.Prerequisite.NOT_REGISTERED, null))).containsExactly(
                ReviewReason.of("prerequisiteMissing", "焦煤在线"));
        assertThat(new PrerequisiteMet().check(facts(org, null, List.of(), Set.of(),
                ReviewFacts.Prerequisite.UNAVAILABLE, null))).extracting(ReviewReason::code)
                .containsExactly("prerequisiteUnavailable");
        assertThat(new PrerequisiteMet().check(facts(org, null, List.of(), Set.of(),
                ReviewFacts.Prerequisite.REGISTERED, null))).isEmpty();
    }

    @Test
    void signedOrStampedPapersAlwaysNeedAReviewer() {
        ReviewFacts facts = facts(organization("测试科技有限公司", Identities.uscc(), true), invoice("测试科技有限公司"),
                List.of(passed("LEGAL_REP")), EnumSet.of(MaterialKind.BUSINESS_LICENSE, MaterialKind.ID_FRONT,
                        MaterialKind.ID_BACK, MaterialKind.SIGNATURE_PAGE, MaterialKind.APPLICATION_FORM),
                ReviewFacts.Prerequisite.NOT_APPLICABLE, null);
        assertThat(REVIEW.reasons(facts)).containsExactly(
                ReviewReason.of("paperNeedsEyes", "APPLICATION_FORM/SIGNATURE_PAGE"));
    }

    @Test
    void reasonsSurviveStorage() {
        ReviewReason r = ReviewReason.of("verificationManual", "PERSON", "MICRO_DEPOSIT", "a, b");
        assertThat(ReviewReason.decode(r.encoded())).isEqualTo(
                ReviewReason.of("verificationManual", "PERSON", "MICRO_DEPOSIT", "a， b"));
        assertThat(ReviewReason.decode(ReviewReason.of("notVerified").encoded())).isEqualTo(
                ReviewReason.of("notVerified"));
    }

    static ReviewFacts facts(Subject subject, @Nullable InvoiceInfo invoice, List<VerificationRecord> verifications,
            Set<MaterialKind> materials, ReviewFacts.Prerequisite prerequisite, @Nullable Instant signedOnline) {
        OrderId id = OrderId.random();
        OrderView view = new OrderView(id, "CH1", UUID.randomUUID(), "demo", OrderType.NEW,
                subject instanceof Subject.Person ? SubjectType.PERSON : SubjectType.ORGANIZATION,
                OrderStatus.PENDING_REVIEW, false, false, false, false, null, NOW, NOW, 1, null,
                java.util.Locale.SIMPLIFIED_CHINESE);
        OrderDraft draft = OrderDraft.empty().withAgreement(NOW).withSubject(subject)
                .withInvoice(invoice == null ? InvoiceInfo.none() : invoice);
        OrderDetails details = new OrderDetails(view, draft, List.of(), signedOnline,
                signedOnline == null ? null : "李法人");
        List<String> checked = subject instanceof Subject.Person ? List.of("PERSON") : List.of("HANDLER");
        return new ReviewFacts(details, rules(), verifications.stream()
                .map(v -> new VerificationRecord(v.verificationId(), id, v.party(), v.method(), v.outcome(),
                        v.note(), v.at())).toList(), checked, materials, prerequisite);
    }

    static ChannelRules rules() {
        Set<FileFormat> formats = EnumSet.of(FileFormat.JPG, FileFormat.PDF);
        MaterialPolicy materials = new MaterialPolicy(List.of(
                new MaterialRequirement(MaterialKind.BUSINESS_LICENSE, true, MaterialRequirement.TWO_MB, formats),
                new MaterialRequirement(MaterialKind.ID_FRONT, true, MaterialRequirement.TWO_MB, formats),
                new MaterialRequirement(MaterialKind.ID_BACK, true, MaterialRequirement.TWO_MB, formats),
                new MaterialRequirement(MaterialKind.SIGNATURE_PAGE, false, MaterialRequirement.TWO_MB, formats)));
        return new ChannelRules("demo", "演示项目", "Y", "", "", "", "", List.of(),
                new VerificationMethodPolicy(Map.of()), VerificationStage.AFTER_MATERIALS, materials,
                FlowOrder.values()[0], Set.of(), true, Set.of(), false, null, false, "jiaomei", "焦煤在线");
    }

    static VerificationRecord passed(String party) {
        return record(party, VerificationRecord.Outcome.PASSED, "amount");
    }

    static VerificationRecord record(String party, VerificationRecord.Outcome outcome, String note) {
        return new VerificationRecord(UUID.randomUUID(), OrderId.random(), party, "MICRO_DEPOSIT", outcome,
                note, NOW);
    }

    static InvoiceInfo invoice(String title) {
        return new InvoiceInfo(true, title, "", "", "", "", "", "");
    }

    static Party party(String name, String idNumber) {
        return new Party(name, IdType.RESIDENT_ID, idNumber, "13800000000", "a@example.com", "", "");
    }

    static Subject person(String name, String idNumber) {
        return new Subject.Person(party(name, idNumber));
    }

    static Subject organization(String name, String uscc, boolean handlerIsLegalRep) {
        Party legalRep = party("李法人", Identities.residentId());
        return new Subject.Organization(name, uscc, "北京", legalRep,
                handlerIsLegalRep ? legalRep : party("王经办", Identities.residentId()), handlerIsLegalRep);
    }
}
