package com.certhall.lifecycle.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.orders.Identities;
import com.certhall.orders.Subject;
import com.certhall.orders.Subject.IdType;
import com.certhall.orders.Subject.Party;
import com.certhall.pki.CertificateProfile;
import com.certhall.pki.SubjectData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * What goes into the issuance request (issue 11, item 14): an e-mail typed into the subject form is contact data, not
 * a proven mailbox, so no certificate carries it (no rfc822Name, hence no emailProtection); least of all an
 * organisation's or e-seal's certificate, which must not name the handler's personal mailbox.
 */
class SubjectMappingTests {

    static final Party HANDLER = new Party("王经办", IdType.RESIDENT_ID, Identities.residentId(), "13800138000",
            "wang.private@example.com", "", "财务部");
    static final Party LEGAL_REP = new Party("李法人", IdType.RESIDENT_ID, Identities.residentId(), "13900139000",
            "li@example.com", "", "");

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
}
