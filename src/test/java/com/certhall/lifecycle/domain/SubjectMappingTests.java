package com.certhall.lifecycle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.orders.Identities;
import com.certhall.orders.Subject;
import com.certhall.orders.Subject.IdType;
import com.certhall.orders.Subject.Party;
import com.certhall.pki.CertificateProfile;
import com.certhall.pki.SubjectData;
import com.certhall.shared.IdentityDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What goes into the issuance request: an e-mail typed into the subject form is contact data, not a proven mailbox,
 * so no certificate carries it (no rfc822Name, hence no emailProtection); ST and L come from the address (GB/T 2260);
 * the person's ID document as it is; an e-seal certificate names the seal.
 */
class SubjectMappingTests {

    static final Party HANDLER = new Party("王经办", IdType.RESIDENT_ID, Identities.residentId(), "13800138000",
            "wang.private@example.com", "", "财务部");
    static final Party LEGAL_REP = new Party("李法人", IdType.RESIDENT_ID, Identities.residentId(), "13900139000",
            "li@example.com", "", "");
    static final Party PASSPORT_HANDLER = new Party("JOHN SMITH", IdType.PASSPORT, "e1234567-8", "13900000000",
            "john@example.cn", "", "信息部");
    static final Subject.Organization ORG = new Subject.Organization("测试科技有限公司", Identities.uscc(),
            "福建省福州市鼓楼区五四路 100 号", LEGAL_REP, PASSPORT_HANDLER, false);

    @ParameterizedTest
    @EnumSource(value = CertificateProfile.class, names = {"ORGANIZATION", "ESEAL", "ORGANIZATION_INDIVIDUAL",
            "LEGAL_REPRESENTATIVE"})
    void anOrganisationsCertificateCarriesNoMailboxOfItsPeople(CertificateProfile profile) {
        Subject org = new Subject.Organization("测试科技有限公司", Identities.uscc(), "北京", LEGAL_REP, HANDLER, false);

        SubjectData data = SubjectMapping.subject(org, profile);

        assertThat(data.email()).isNull();
        assertThat(data.commonName()).isNotBlank();
    }

    @Test
    void aPersonsUnprovenMailboxStaysOutOfTheCertificate() {
        SubjectData data = SubjectMapping.subject(new Subject.Person(HANDLER), CertificateProfile.PERSONAL);

        assertThat(data.email()).isNull();
        assertThat(data.commonName()).isEqualTo("王经办");
    }

    @Test
    void provinceAndCityComeFromTheOrganisationsAddress() {
        for (CertificateProfile profile : new CertificateProfile[] {CertificateProfile.ORGANIZATION,
                CertificateProfile.ESEAL, CertificateProfile.LEGAL_REPRESENTATIVE,
                CertificateProfile.ORGANIZATION_INDIVIDUAL}) {
            SubjectData data = SubjectMapping.subject(ORG, profile);
            assertThat(data.province()).as(profile.name()).isEqualTo("福建省");
            assertThat(data.locality()).as(profile.name()).isEqualTo("福州市");
        }
        Subject.Person person = new Subject.Person(new Party("张三", IdType.RESIDENT_ID, "11010519491231002X",
                "13700000000", "", "上海市浦东新区世纪大道 1 号", ""));
        SubjectData data = SubjectMapping.subject(person, CertificateProfile.PERSONAL);
        assertThat(data.province()).isEqualTo("上海市");
        assertThat(data.locality()).isEqualTo("上海市");
        Subject.Person abroad = new Subject.Person(new Party("张三", IdType.RESIDENT_ID, "11010519491231002X",
                "13700000000", "", "香港九龙", ""));
        assertThat(SubjectMapping.subject(abroad, CertificateProfile.PERSONAL).province()).isNull();
    }

    @Test
    void aPassportHolderIsIssuedWithHisPassportNumber() {
        SubjectData data = SubjectMapping.subject(ORG, CertificateProfile.ORGANIZATION_INDIVIDUAL);
        assertThat(data.idDocument()).isEqualTo(new IdentityDocument(IdentityDocument.Kind.PASSPORT, "E12345678"));
        assertThat(SubjectMapping.subject(ORG, CertificateProfile.LEGAL_REPRESENTATIVE).idDocument().kind())
                .isEqualTo(IdentityDocument.Kind.RESIDENT_ID);
    }

    @Test
    void anESealCertificateNamesTheSeal() {
        Subject.Organization withSeal = new Subject.Organization(ORG.name(), ORG.uscc(), ORG.address(), LEGAL_REP,
                PASSPORT_HANDLER, false, "测试科技有限公司合同专用章");
        SubjectData eseal = SubjectMapping.subject(withSeal, CertificateProfile.ESEAL);
        assertThat(eseal.commonName()).isEqualTo("测试科技有限公司合同专用章");
        assertThat(eseal.organization()).isEqualTo("测试科技有限公司");
        assertThat(SubjectMapping.subject(withSeal, CertificateProfile.ORGANIZATION).commonName())
                .isEqualTo("测试科技有限公司");
        assertThat(SubjectMapping.subject(ORG, CertificateProfile.ESEAL).commonName()).isEqualTo("测试科技有限公司");
    }
}
