package com.certhall.review.checks;

import static com.certhall.review.checks.AutomaticReviewTests.facts;
import static com.certhall.review.checks.AutomaticReviewTests.organization;
import static com.certhall.review.checks.AutomaticReviewTests.person;
import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.orders.Identities;
import com.certhall.orders.Subject;
import com.certhall.recognition.IdCardBack;
import com.certhall.recognition.IdCardFront;
import com.certhall.recognition.LicenceReading;
import com.certhall.recognition.ScanKind;
import com.certhall.recognition.ScanReading;
import com.certhall.recognition.Unreadable;
import com.certhall.review.ReviewReason;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scans against what was entered, from readings as recognition gives them (no engine needed here). */
class ScansAgreeTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    static final ScansAgree CHECK = new ScansAgree();

    static ReviewFacts withScans(Subject subject, ScanReading... scans) {
        ReviewFacts f = facts(subject, null, List.of(), Set.of(), ReviewFacts.Prerequisite.NOT_APPLICABLE, null);
        return new ReviewFacts(f.order(), f.rules(), f.verifications(), f.checkedParties(), f.materials(),
                f.prerequisite(), List.of(scans), TODAY);
    }

    static IdCardFront card(String name, String number) {
        return new IdCardFront(name, "男", "汉", LocalDate.of(1990, 1, 1), "北京市", number);
    }

    @Test
    void scansThatSayWhatWasEnteredPass() {
        Subject.Organization org = (Subject.Organization) organization("测试科技有限公司", Identities.uscc(), true);
        assertThat(CHECK.check(withScans(org, new LicenceReading(org.uscc(), "测试科技有限公司", "李法人", "北京"),
                card("李法人", org.legalRep().idNumber()), new IdCardBack("北京市公安局", TODAY.minusYears(5), null))))
                .isEmpty();
    }

    @Test
    void aLicenceWithAnotherCodeOrLegalRepresentativeShowsBothValues() {
        Subject.Organization org = (Subject.Organization) organization("测试科技有限公司", Identities.uscc(), true);
        String other = Identities.uscc();
        assertThat(CHECK.check(withScans(org, new LicenceReading(other, "测试科技（北京）有限公司", "张法人", "北京"))))
                .containsExactly(ReviewReason.of("scanMismatch", "uscc", org.uscc(), other),
                        ReviewReason.of("scanMismatch", "organization", "测试科技有限公司", "测试科技（北京）有限公司"),
                        ReviewReason.of("scanMismatch", "legalRep", "李法人", "张法人"));
    }

    @Test
    void anIdCardOfNoPartyOrUnderAnotherNameIsFlaggedWithTheNumbersMaskedButWhereTheyDiffer() {
        String entered = Identities.residentId();
        String read = Identities.residentId();
        List<ReviewReason> other = CHECK.check(withScans(person("赵个人", entered), card("赵个人", read)));
        assertThat(other).hasSize(1);
        assertThat(other.get(0).args()).hasSize(3).first().isEqualTo("personId");
        assertThat(other.get(0).args().get(1)).hasSize(18).startsWith(entered.substring(0, 6))
                .endsWith(entered.substring(14)).isNotEqualTo(other.get(0).args().get(2));
        assertThat(ScansAgree.maskedAgainst("110101199001011234", "110101199001021234"))
                .isEqualTo("110101*******11234");

        assertThat(CHECK.check(withScans(person("赵个人", entered), card("赵仁", entered))))
                .containsExactly(ReviewReason.of("scanMismatch", "personName", "赵个人", "赵仁"));
    }

    @Test
    void anExpiredCardIsFlaggedAndAnUnreadableScanAddsNothing() {
        Subject subject = person("赵个人", Identities.residentId());
        assertThat(CHECK.check(withScans(subject, new IdCardBack("北京市公安局", LocalDate.of(2006, 12, 4),
                LocalDate.of(2026, 12, 4))))).containsExactly(ReviewReason.of("idCardExpired", "2026-12-04"));
        assertThat(CHECK.check(withScans(subject, new IdCardBack("北京市公安局", LocalDate.of(2006, 12, 5),
                LocalDate.of(2026, 12, 5))))).isEmpty();
        assertThat(CHECK.check(withScans(subject, new Unreadable(ScanKind.ID_CARD_FRONT, "idNumber"),
                new Unreadable(ScanKind.BUSINESS_LICENCE, "off")))).isEmpty();
    }

    @Test
    void theLegalRepresentativesCardMustShowTheLicencesLegalRepresentative() {
        Subject.Organization org = (Subject.Organization) organization("测试科技有限公司", Identities.uscc(), true);
        assertThat(CHECK.check(withScans(org, new LicenceReading(org.uscc(), "测试科技有限公司", "李法人", "北京"),
                card("李发人", org.legalRep().idNumber())))).containsExactly(
                ReviewReason.of("scanMismatch", "handlerName", "李法人", "李发人"),
                ReviewReason.of("scanMismatch", "scans", "李法人", "李发人"));
    }
}
