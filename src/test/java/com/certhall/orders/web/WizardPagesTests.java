package com.certhall.orders.web;

import static com.certhall.support.CallerSecurityContexts.applicant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.orders.Identities;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.Orders;
import com.certhall.support.CallerSecurityContexts;
import com.certhall.support.IntegrationTest;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The wizard's pages as the browser posts them: each step renders in Chinese and English without a missing label,
 * a refused step shows what was typed next to the error, and the organisation's invoice has one tax number.
 */
@IntegrationTest
class WizardPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderManagement orders;
    @Autowired
    com.certhall.catalog.CatalogManagement catalog;

    private final UUID account = UUID.randomUUID();

    @Test
    void everyStepRendersInBothLanguagesWithoutMissingTexts() throws Exception {
        OrderId id = organisationDraft();
        for (String step : new String[] {"subject", "product", "invoice", "delivery", "materials", "confirm", "sign"}) {
            for (String lang : new String[] {"zh-CN", "en"}) {
                String html = page("/orders/" + id + "/" + step + "?lang=" + lang);
                assertThat(html).as(step + " in " + lang).doesNotContain("??").contains("<form");
            }
        }
    }

    /** The wizard's header and footer give the channel's hotline, as its catalog page does, not the platform's. */
    @Test
    void theWizardShowsTheChannelsNameAndHotline() throws Exception {
        OrderId id = organisationDraft();
        com.certhall.catalog.ChannelRules channel = catalog.channel(orders.get(id).channel());
        String html = page("/orders/" + id + "/subject");
        assertThat(html).contains("class=\"footer-hotline\">" + channel.hotline() + "<")
                .contains("<strong>" + channel.hotline() + "</strong>")
                .contains("class=\"brand-sub channel-name\">" + channel.name() + "<");
        assertThat(page("/orders/" + id + "/subject?lang=en")).contains("class=\"footer-hotline\">" + channel.hotline() + "<");
    }

    @Test
    void theOrganisationsInvoiceShowsItsTaxNumberOnceAndReadOnly() throws Exception {
        OrderId id = organisationDraft();
        String html = page("/orders/" + id + "/invoice");
        assertThat(html).doesNotContain("name=\"taxNumber\"").contains("银行账号");
        assertThat(html.split(">纳税人识别号<", -1)).hasSize(2);
    }

    @Test
    void aRefusedSubjectKeepsEverythingTyped() throws Exception {
        OrderId id = organisationDraft();
        String html = mvc.perform(post("/orders/" + id + "/subject").with(applicant(account)).with(csrf())
                        .param("organization.name", "雨林科技有限公司").param("organization.uscc", "12345")
                        .param("organization.legalRep.name", "林法人").param("organization.legalRep.idType", "RESIDENT_ID")
                        .param("organization.legalRep.idNumber", Identities.residentId())
                        .param("organization.legalRep.mobile", "13800138000").param("handlerIsLegalRep", "on")
                        .param("handler.email", "lin@example.com"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"雨林科技有限公司\"").contains("value=\"林法人\"")
                .contains("value=\"lin@example.com\"").contains("value=\"12345\"").contains("统一社会信用代码");
        assertThat(html).containsPattern("name=\"handlerIsLegalRep\"[^>]*checked");

        // coming back later (another request, a new session, a restart): still there, with its message, until saved
        String later = page("/orders/" + id + "/subject");
        assertThat(later).contains("id=\"typed-kept\"").contains("value=\"林法人\"").contains("value=\"12345\"")
                .contains("统一社会信用代码");
        assertThat(((com.certhall.orders.Subject.Organization) orders.details(id).draft().subject()).legalRep().name())
                .isEqualTo("李法人");
    }

    @Test
    void theSubjectStepPicksProvinceAndCityFromTheNationalListAndNamesTheESeal() throws Exception {
        OrderId id = organisationDraft();
        assertThat(page("/orders/" + id + "/subject")).contains("name=\"organization.region\"")
                .contains("<optgroup label=\"福建省\">").contains("value=\"3501\"")
                .contains("name=\"organization.sealName\"");
        mvc.perform(post("/orders/" + id + "/subject").with(applicant(account)).with(csrf())
                        .param("organization.name", "雨林科技有限公司").param("organization.uscc", Identities.uscc())
                        .param("organization.region", "3501").param("organization.address", "鼓楼区五四路 1 号")
                        .param("organization.sealName", "雨林科技有限公司合同专用章")
                        .param("organization.legalRep.name", "林法人").param("organization.legalRep.idType", "RESIDENT_ID")
                        .param("organization.legalRep.idNumber", Identities.residentId())
                        .param("organization.legalRep.mobile", "13800138000").param("handlerIsLegalRep", "on")
                        .param("handler.email", "lin@example.com"))
                .andExpect(status().is3xxRedirection());
        var subject = (com.certhall.orders.Subject.Organization) orders.details(id).draft().subject();
        assertThat(subject.address()).isEqualTo("福建省福州市鼓楼区五四路 1 号");
        assertThat(subject.sealName()).isEqualTo("雨林科技有限公司合同专用章");
        assertThat(page("/orders/" + id + "/subject")).containsPattern("value=\"3501\"[^>]*selected");
    }

    @Test
    void productChoicesBindByProductCode() throws Exception {
        OrderId id = organisationDraft();
        String html = mvc.perform(post("/orders/" + id + "/product").with(applicant(account)).with(csrf())
                        .param("p[enterprise].selected", "on").param("p[enterprise].years", "x")
                        .param("p[enterprise].quantity", "1").param("p[enterprise].keyAlgorithm", "EC_P256"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("field invalid\"[^<]*<label for=\"p\\[enterprise\\]\\.years\"");
        mvc.perform(post("/orders/" + id + "/product").with(applicant(account)).with(csrf())
                        .param("p[enterprise].selected", "on").param("p[enterprise].years", "2")
                        .param("p[enterprise].quantity", "1").param("p[enterprise].keyAlgorithm", "SM2"))
                .andExpect(status().is3xxRedirection());
        assertThat(orders.details(id).draft().lines().get(0).years()).isEqualTo(2);
        assertThat(page("/orders/" + id + "/product")).containsPattern("value=\"2\"[^>]*selected");
    }

    @Test
    void theInvoiceStepDefaultsToWantedAndTheDeliveryStepSavesTheTypedAddress() throws Exception {
        OrderId id = organisationDraft();
        mvc.perform(post("/orders/" + id + "/invoice").with(applicant(account)).with(csrf())
                        .param("email", "finance@example.com"))
                .andExpect(status().is3xxRedirection());
        assertThat(orders.details(id).draft().invoice().wanted()).isTrue();
        mvc.perform(post("/orders/" + id + "/delivery").with(applicant(account)).with(csrf()).param("method", "MAIL")
                        .param("recipient", "王经办").param("phone", "13800138000").param("address", ""))
                .andExpect(status().isOk());
        assertThat(orders.details(id).draft().delivery()).isNull();
        mvc.perform(post("/orders/" + id + "/delivery").with(applicant(account)).with(csrf()).param("method", "MAIL")
                        .param("recipient", "王经办").param("phone", "13800138000")
                        .param("address", "云南省昆明市五华区人民中路 1 号"))
                .andExpect(redirectedUrl("/orders/" + id + "/materials"));
    }

    @Test
    void thePaperPathKeepsProductInvoiceAndDeliveryAndEndsWithThePrintedForm() throws Exception {
        OrderId id = organisationDraft();
        orders.goOffline(id, "applicant:" + account);
        // paper replaces the materials and the SMS signature, not the invoice or the delivery address
        mvc.perform(get("/orders/" + id + "/materials").with(applicant(account)))
                .andExpect(redirectedUrl("/orders/" + id + "/continue"));
        mvc.perform(get("/orders/" + id + "/continue").with(applicant(account)))
                .andExpect(redirectedUrl("/orders/" + id + "/invoice"));
        String invoice = page("/orders/" + id + "/invoice");
        assertThat(invoice).contains("data-step=\"paper\"").doesNotContain("data-step=\"materials\"")
                .doesNotContain("data-step=\"sign\"");
        mvc.perform(post("/orders/" + id + "/paper").with(applicant(account)).with(csrf())).andExpect(status().isOk());
        assertThat(orders.get(id).status().name()).isEqualTo("DRAFT");
        mvc.perform(post("/orders/" + id + "/invoice").with(applicant(account)).with(csrf()).param("wanted", "false"))
                .andExpect(redirectedUrl("/orders/" + id + "/delivery"));
        mvc.perform(post("/orders/" + id + "/delivery").with(applicant(account)).with(csrf()).param("method", "MAIL")
                        .param("recipient", "王经办").param("phone", "13800138000")
                        .param("address", "云南省昆明市五华区人民中路 1 号"))
                .andExpect(redirectedUrl("/orders/" + id + "/paper"));
        for (String lang : new String[] {"zh-CN", "en"}) {
            assertThat(page("/orders/" + id + "/paper?lang=" + lang)).doesNotContain("??")
                    .contains("application-form.pdf").contains("id=\"paper-form\"");
        }
        mvc.perform(post("/orders/" + id + "/paper").with(applicant(account)).with(csrf()))
                .andExpect(redirectedUrl("/orders/" + id + "#paper-mailing"));
        assertThat(orders.get(id).status().name()).isEqualTo("AWAITING_PAPER");
        assertThat(page("/orders/" + id)).contains("id=\"paper-mailing\"");
    }

    @Test
    void aRefusedSignatureDoesNotClaimACodeWasSent() throws Exception {
        OrderId id = organisationDraft();
        String html = mvc.perform(post("/orders/" + id + "/sign").with(applicant(account)).with(csrf())
                        .param("smsCode", "123456").param("agreementAccepted", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("尚未完成").doesNotContain("id=\"code-sent\"").doesNotContain("验证码已发送至");
    }

    @Test
    void aCloudProductShowsNoTokenFee() throws Exception {
        OrderId id = Orders.anOrder().forAccount(account).forChannel("bid-cloud").through(orders)
                .organizationDraft("雨林科技有限公司", Identities.uscc(), "13800138000", "org-cloud", null);
        assertThat(page("/orders/" + id + "/product")).doesNotContain("UKEY 介质费").contains("云证书无需介质");
    }

    @Test
    void thePrintedFormNamesTheAlgorithmAsPeopleReadIt() throws Exception {
        OrderId id = Orders.anOrder().forAccount(account).forChannel("scf-chain").through(orders)
                .organizationDraft("雨林科技有限公司", Identities.uscc(), "13800138000", "enterprise", "EC_P256");
        byte[] pdf = mvc.perform(get("/orders/" + id + "/application-form.pdf").with(applicant(account)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("ECC P-256").doesNotContain("EC_P256");
        }
    }

    private OrderId organisationDraft() {
        return Orders.anOrder().forAccount(account).forChannel("scf-chain").through(orders)
                .organizationDraft("雨林科技有限公司", Identities.uscc(), "13800138000", "enterprise", null);
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(applicant(account))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
