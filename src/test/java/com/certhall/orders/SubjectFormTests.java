package com.certhall.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.orders.Subject.IdType;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class SubjectFormTests {

    static SubjectForm.PartyForm legalRep(String id) {
        return new SubjectForm.PartyForm("王建国", "RESIDENT_ID", id, "13800138000", null, null, null);
    }

    static SubjectForm.PartyForm handler() {
        return new SubjectForm.PartyForm("李娜", null, "360426199101010071", "139 0013 9000", "Li.Na@Example.com",
                "北京市海淀区中关村大街1号", "信息部");
    }

    @Test
    void organizationWithSeparateHandlerIsCleanedAndChecked() {
        SubjectForm form = new SubjectForm(new SubjectForm.OrganizationForm(" 北京示例科技有限公司 ",
                "9111 0000 6000 3734 1l", "北京市", legalRep("11010519491231002X")), handler(), false, null);
        Subject.Organization org = (Subject.Organization) form.toSubject(SubjectType.ORGANIZATION);
        assertThat(org.name()).isEqualTo("北京示例科技有限公司");
        assertThat(org.uscc()).isEqualTo("91110000600037341L");
        assertThat(org.handler().mobile()).isEqualTo("13900139000");
        assertThat(org.handler().email()).isEqualTo("li.na@example.com");
        assertThat(org.handler().idType()).isEqualTo(IdType.RESIDENT_ID);
        assertThat(org.handlerIsLegalRep()).isFalse();
        assertThat(org.legalRep().toString()).doesNotContain("11010519491231002X").contains("110105********002X");
    }

    @Test
    void legalRepHandlingItHimselfFillsTheHandler() {
        SubjectForm form = new SubjectForm(new SubjectForm.OrganizationForm("北京示例科技有限公司",
                "91110000600037341L", null, legalRep("11010519491231002X")),
                new SubjectForm.PartyForm(null, null, null, null, "wang@example.com", "北京市", null), true, null);
        Subject.Organization org = (Subject.Organization) form.toSubject(SubjectType.ORGANIZATION);
        assertThat(org.handler().name()).isEqualTo("王建国");
        assertThat(org.handler().idNumber()).isEqualTo("11010519491231002X");
        assertThat(org.handler().mobile()).isEqualTo("13800138000");
        assertThat(org.handler().email()).isEqualTo("wang@example.com");
    }

    @Test
    void everyBadFieldIsNamed() {
        SubjectForm form = new SubjectForm(new SubjectForm.OrganizationForm("", "91350100M000100Y4Z", null,
                legalRep("36042619910102009X")),
                new SubjectForm.PartyForm("李娜", "PASSPORT", "E1", "12345", "not-an-email", null, null), false, null);
        assertThatThrownBy(() -> form.toSubject(SubjectType.ORGANIZATION))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("organization.name", "organization.uscc",
                                "organization.legalRep.idNumber", "handler.idNumber", "handler.mobile",
                                "handler.email"));
    }

    @Test
    void personNeedsAllTheirData() {
        SubjectForm missing = new SubjectForm(null, null, null, null);
        assertThatThrownBy(() -> missing.toSubject(SubjectType.PERSON))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("person"));
        SubjectForm ok = new SubjectForm(null, null, null, handler());
        Subject person = ok.toSubject(SubjectType.PERSON);
        assertThat(person.code()).isEqualTo("360426199101010071");
        assertThat(person.handler().name()).isEqualTo("李娜");
    }

    @Test
    void unknownIdTypeIsRefused() {
        SubjectForm form = new SubjectForm(null, null, null,
                new SubjectForm.PartyForm("李娜", "DRIVER_LICENCE", "X", "13900139000", "a@b.cn", null, null));
        assertThatThrownBy(() -> form.toSubject(SubjectType.PERSON))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::code).containsExactly("unknown"));
    }

    static SubjectForm organization(String name, SubjectForm.PartyForm handler) {
        return new SubjectForm(new SubjectForm.OrganizationForm(name, "91110000600037341L", null,
                legalRep("11010519491231002X")), handler, false, null);
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> badCertificateNames() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("示例\u0000科技有限公司", "control"),
                org.junit.jupiter.params.provider.Arguments.of("示例科技\u202E司公限有", "control"),
                org.junit.jupiter.params.provider.Arguments.of("\u2067示例科技有限公司\u2069", "control"),
                org.junit.jupiter.params.provider.Arguments.of("示例\u200E科技有限公司", "control"),
                org.junit.jupiter.params.provider.Arguments.of("<b>示例科技</b>有限公司", "markup"),
                org.junit.jupiter.params.provider.Arguments.of("示".repeat(65), "length"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("badCertificateNames")
    void aNameThatWouldGoIntoACertificateIsRefusedAtEntry(String name, String code) {
        assertThatThrownBy(() -> organization(name, handler()).toSubject(SubjectType.ORGANIZATION))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("organization.name");
                            assertThat(v.code()).isEqualTo(code);
                        }));
    }

    @Test
    void theHandlersNameDepartmentAndEmailFollowTheSameRule() {
        SubjectForm form = organization("示例科技有限公司", new SubjectForm.PartyForm("李\u202E娜", null,
                "360426199101010071", "13900139000", "li\u202E@example.com", "北京\u0000市", "部".repeat(65)));
        assertThatThrownBy(() -> form.toSubject(SubjectType.ORGANIZATION))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("handler.name", "handler.email", "handler.address",
                                "handler.department"));
    }

    @Test
    void aNameOfExactly64CharactersIsAccepted() {
        String name = "示".repeat(60) + "有限公司";
        assertThat(organization(name, handler()).toSubject(SubjectType.ORGANIZATION).name()).isEqualTo(name);
    }

    @Test
    void aSubjectIsEitherAnOrganisationOrAPerson() {
        SubjectForm.PartyForm person = new SubjectForm.PartyForm("李娜", null, "360426199101010071", "13900139000",
                "li@example.com", null, null);
        SubjectForm both = new SubjectForm(new SubjectForm.OrganizationForm("示例科技有限公司", "91110000600037341L",
                null, legalRep("11010519491231002X")), handler(), false, person);
        assertThatThrownBy(() -> both.toSubject(SubjectType.PERSON))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).contains("organization"));
        assertThatThrownBy(() -> both.toSubject(SubjectType.ORGANIZATION))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("person"));
        SubjectForm blankOther = new SubjectForm(new SubjectForm.OrganizationForm(null, "", null,
                new SubjectForm.PartyForm(null, null, null, null, null, null, null)), null, null, person);
        assertThat(blankOther.toSubject(SubjectType.PERSON).name()).isEqualTo("李娜");
    }

    @Test
    void thePickedProvinceAndCityLeadTheAddressSoTheCertificateCarriesThemAsStAndL() {
        SubjectForm form = new SubjectForm(new SubjectForm.OrganizationForm("福州示例科技有限公司",
                com.certhall.orders.Identities.uscc(), "鼓楼区五四路 100 号", legalRep("11010519491231002X"), "3501", null),
                new SubjectForm.PartyForm(null, null, null, null, "wang@example.com", null, null), true, null);
        Subject.Organization org = (Subject.Organization) form.toSubject(SubjectType.ORGANIZATION);
        assertThat(org.address()).isEqualTo("福建省福州市鼓楼区五四路 100 号");
        assertThat(org.sealName()).isEmpty();
        assertThat(SubjectForm.regionOf(org.address())).isEqualTo("3501");

        SubjectForm person = new SubjectForm(null, null, null, new SubjectForm.PartyForm("张三", "RESIDENT_ID",
                "11010519491231002X", "13800138000", "zs@example.com", "北京市朝阳区建国路 1 号", null, "1101"));
        assertThat(((Subject.Person) person.toSubject(SubjectType.PERSON)).person().address())
                .isEqualTo("北京市朝阳区建国路 1 号");

        SubjectForm unknown = new SubjectForm(null, null, null, new SubjectForm.PartyForm("张三", "RESIDENT_ID",
                "11010519491231002X", "13800138000", "zs@example.com", "某地", null, "35"));
        assertThatThrownBy(() -> unknown.toSubject(SubjectType.PERSON))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("person.region"));
    }

    @Test
    void eachIdentityDocumentIsCheckedByItsOwnRule() {
        SubjectForm passport = new SubjectForm(null, null, null, new SubjectForm.PartyForm("JOHN SMITH", "PASSPORT",
                "e 1234 5678", "13800138000", "john@example.com", null, null));
        assertThat(((Subject.Person) passport.toSubject(SubjectType.PERSON)).person().idNumber())
                .isEqualTo("E12345678");
        SubjectForm permit = new SubjectForm(null, null, null, new SubjectForm.PartyForm("陈大文", "HK_MACAO_PERMIT",
                "X12345678", "13800138000", "chan@example.com", null, null));
        assertThatThrownBy(() -> permit.toSubject(SubjectType.PERSON))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("person.idNumber");
                            assertThat(v.messageKey()).isEqualTo("validation.idDocument.HK_MACAO_PERMIT");
                        }));
    }

    @Test
    void theESealNameIsKeptAndLimitedToTheCommonNameBound() {
        SubjectForm form = new SubjectForm(new SubjectForm.OrganizationForm("福州示例科技有限公司",
                com.certhall.orders.Identities.uscc(), null, legalRep("11010519491231002X"), null,
                " 福州示例科技有限公司合同专用章 "),
                new SubjectForm.PartyForm(null, null, null, null, "wang@example.com", null, null), true, null);
        assertThat(((Subject.Organization) form.toSubject(SubjectType.ORGANIZATION)).sealName())
                .isEqualTo("福州示例科技有限公司合同专用章");
        SubjectForm tooLong = new SubjectForm(new SubjectForm.OrganizationForm("福州示例科技有限公司",
                com.certhall.orders.Identities.uscc(), null, legalRep("11010519491231002X"), null, "章".repeat(65)),
                new SubjectForm.PartyForm(null, null, null, null, "wang@example.com", null, null), true, null);
        assertThatThrownBy(() -> tooLong.toSubject(SubjectType.ORGANIZATION))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("organization.sealName"));
    }
}
