package com.certhall.orders.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.orders.SubjectForm;
import com.certhall.orders.SubjectForm.OrganizationForm;
import com.certhall.orders.SubjectForm.PartyForm;
import com.certhall.recognition.ScanKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where the materials step's confirmed reading goes (docs/recognition.md, "Fill-in"): the licence's fields to the
 * organisation, an ID card to the person, the handler, or the legal representative when he is the handler; every
 * other value stays as entered.
 */
class ScanOffersTests {

    private static final PartyForm REP = new PartyForm("李法人", "RESIDENT_ID", "11010519491231002X", "13800000001",
            null, "北京市海淀区中关村大街 1 号", null);
    private static final PartyForm HANDLER = new PartyForm("王经办", "PASSPORT", "E12345678", "13800000002",
            "wang@example.com", "北京市海淀区中关村大街 1 号", "信息部");
    private static final SubjectForm ORG = new SubjectForm(new OrganizationForm("旧名称有限公司", "91110108MA01ABCD2X",
            "北京市海淀区中关村大街 1 号", REP, "110100", "旧名称有限公司合同章"), HANDLER, false, null);

    @Test
    void aLicenceFillsTheOrganisationAndKeepsTheRest() {
        SubjectForm filled = ScanOffers.put(ScanKind.BUSINESS_LICENCE, true, ORG, Map.of("name", "杭州云杉软件有限公司",
                "uscc", "91330106MA2B3C4D5E", "legalRep", "林磊", "address", "浙江省杭州市西湖区文三路90号"));

        assertThat(filled.organization().name()).isEqualTo("杭州云杉软件有限公司");
        assertThat(filled.organization().uscc()).isEqualTo("91330106MA2B3C4D5E");
        assertThat(filled.organization().address()).isEqualTo("浙江省杭州市西湖区文三路90号");
        assertThat(filled.organization().region()).isEqualTo(SubjectForm.regionOf("浙江省杭州市西湖区文三路90号"))
                .isNotEqualTo("110100");
        assertThat(filled.organization().sealName()).isEqualTo("旧名称有限公司合同章");
        assertThat(filled.organization().legalRep().name()).isEqualTo("林磊");
        assertThat(filled.organization().legalRep().idNumber()).isEqualTo(REP.idNumber());
        assertThat(filled.organization().legalRep().mobile()).isEqualTo(REP.mobile());
        assertThat(filled.handler()).isEqualTo(HANDLER);
    }

    @Test
    void anIdCardInAnOrganisationsOrderIsTheHandlers() {
        SubjectForm filled = ScanOffers.put(ScanKind.ID_CARD_FRONT, true, ORG, Map.of("name", "何静",
                "idNumber", "330106198803094159"));

        assertThat(filled.handler().name()).isEqualTo("何静");
        assertThat(filled.handler().idType()).isEqualTo("RESIDENT_ID");
        assertThat(filled.handler().idNumber()).isEqualTo("330106198803094159");
        assertThat(filled.handler().mobile()).isEqualTo(HANDLER.mobile());
        assertThat(filled.organization()).isEqualTo(ORG.organization());
    }

    @Test
    void anIdCardIsTheLegalRepresentativesWhenHeIsTheHandler() {
        SubjectForm self = new SubjectForm(ORG.organization(), null, true, null);
        SubjectForm filled = ScanOffers.put(ScanKind.ID_CARD_FRONT, true, self, Map.of("name", "何静"));

        assertThat(filled.organization().legalRep().name()).isEqualTo("何静");
        assertThat(filled.organization().legalRep().idNumber()).isEqualTo(REP.idNumber());
        assertThat(filled.handlerIsLegalRep()).isTrue();
    }

    @Test
    void anIdCardInAPersonsOrderIsThePersonsEvenBeforeASubjectIsSaved() {
        SubjectForm filled = ScanOffers.put(ScanKind.ID_CARD_FRONT, false, PageForms.subject(null),
                Map.of("name", "何静", "idNumber", "330106198803094159"));

        assertThat(filled.organization()).isNull();
        assertThat(filled.person().name()).isEqualTo("何静");
        assertThat(filled.person().idType()).isEqualTo("RESIDENT_ID");
        assertThat(filled.person().idNumber()).isEqualTo("330106198803094159");
    }
}
