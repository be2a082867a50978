package com.certhall.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.StaffRole;
import com.certhall.audit.AuditEntryView;
import com.certhall.audit.AuditLog;
import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelSummary;
import com.certhall.catalog.FlowOrder;
import com.certhall.catalog.domain.ChannelAdministration;
import com.certhall.support.AsStaff;
import com.certhall.support.IntegrationTest;
import com.certhall.support.QueryCounter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Channel admins create and edit channels and products through the pages: bad fields come back with their
 * messages and change nothing; good changes are stored and audited with the admin's name.
 */
@IntegrationTest
@AsStaff(value = "carol", roles = StaffRole.CHANNEL_ADMIN)
class ChannelAdminPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogManagement catalog;

    @Autowired
    ChannelAdministration administration;

    @Autowired
    AuditLog audit;

    List<AuditEntryView> entries(String action, String subject) {
        return audit.recent(action, "staff:", 500).stream().filter(e -> e.subject().equals(subject)).toList();
    }

    static MockHttpServletRequestBuilder channelForm(String url, String code, String initial, String hotline) {
        return channelForm(url, code, initial, hotline, "REVIEW_THEN_PAY");
    }

    static MockHttpServletRequestBuilder channelForm(String url, String code, String initial, String hotline,
            String flow) {
        return post(url).with(csrf())
                .param("code", code).param("name", "塔城测试证书项目").param("initial", initial)
                .param("description", "测试用项目").param("agreementText", "协议正文")
                .param("hotline", hotline).param("onlineSupport", "在线客服")
                .param("organizationMethods", "MICRO_DEPOSIT").param("handlerMethods", "FACE")
                .param("verificationStage", "AFTER_SUBMISSION")
                .param("materials[0].kind", "BUSINESS_LICENSE").param("materials[0].accepted", "true")
                .param("materials[0].required", "true").param("materials[0].maxBytes", "1048576")
                .param("materials[0].formats", "JPG", "PNG")
                .param("materials[1].kind", "OTHER").param("materials[1].maxBytes", "2097152")
                .param("flow", flow).param("paymentMethods", "BANK_TRANSFER")
                .param("invoiceApplies", "true").param("deliveryOptions", "MAIL");
    }

    @Test
    void listShowsTheSeededChannels() throws Exception {
        mvc.perform(get("/admin/channels"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("煤炭交易在线证书项目")))
                .andExpect(content().string(containsString("/admin/channels/zy-interop")));
    }

    @Test
    void badChannelComesBackWithErrorsNextToFieldsAndNothingIsStored() throws Exception {
        mvc.perform(channelForm("/admin/channels", "ta-bad", "塔", "phone").param("paymentMethods", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("首字母应为一个大写字母 A–Z")))
                .andExpect(content().string(containsString("服务热线格式不正确")))
                .andExpect(content().string(containsString("field invalid")))
                .andExpect(content().string(containsString("value=\"塔城测试证书项目\"")));
        assertThat(catalog.findChannel("ta-bad")).isEmpty();
        assertThat(entries("catalog.", "ta-bad")).isEmpty();
    }

    @Test
    void newChannelIsStoredAndAudited() throws Exception {
        mvc.perform(channelForm("/admin/channels", "ta-new", "t", "0901-1234567"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/channels/ta-new"));
        assertThat(catalog.channel("ta-new").initial()).isEqualTo("T");
        assertThat(catalog.channel("ta-new").flow()).isEqualTo(FlowOrder.REVIEW_THEN_PAY);
        assertThat(catalog.channel("ta-new").materials().requirements()).hasSize(1);
        List<AuditEntryView> created = entries("catalog.channel.created", "ta-new");
        assertThat(created).hasSize(1);
        assertThat(created.get(0).actor()).isEqualTo("staff:carol");

        mvc.perform(channelForm("/admin/channels", "ta-new", "T", "0901-1234567"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("代码已被使用")));
    }

    @Test
    void theKeptChannelListAndItsSearchShowANewChannelAtOnce() throws Exception {
        assertThat(catalog.findChannels("")).extracting(ChannelSummary::code).doesNotContain("ta-list");
        assertThat(catalog.findChannels("ta-list")).isEmpty();
        var kept = QueryCounter.count(() -> catalog.findChannels(""));
        assertThat(kept.connections()).as("a kept list takes no connection").isZero();

        mvc.perform(channelForm("/admin/channels", "ta-list", "T", "0901-1234567"))
                .andExpect(status().is3xxRedirection());

        assertThat(catalog.findChannels("")).extracting(ChannelSummary::code).contains("ta-list");
        assertThat(catalog.findChannels("ta-list")).extracting(ChannelSummary::code).containsExactly("ta-list");
    }

    @Test
    void editChangesTheFlowAndAuditsWhatChanged() throws Exception {
        mvc.perform(channelForm("/admin/channels", "ta-edit", "T", "0901-1234567"))
                .andExpect(status().is3xxRedirection());
        long version = administration.get("ta-edit").version();
        assertThat(catalog.channel("ta-edit").flow()).as("read (and kept) before the edit")
                .isEqualTo(FlowOrder.REVIEW_THEN_PAY);
        mvc.perform(channelForm("/admin/channels/ta-edit", "ta-edit", "T", "0901-1234567", "PAY_THEN_REVIEW")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.channel("ta-edit").flow()).isEqualTo(FlowOrder.PAY_THEN_REVIEW);
        List<AuditEntryView> updated = entries("catalog.channel.updated", "ta-edit");
        assertThat(updated).hasSize(1);
        assertThat(updated.get(0).details()).containsEntry("changed", "flow");

        mvc.perform(channelForm("/admin/channels/ta-edit", "ta-edit", "T", "0901-1234567", "REVIEW_THEN_PAY")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已被他人修改")));
        assertThat(catalog.channel("ta-edit").flow()).isEqualTo(FlowOrder.PAY_THEN_REVIEW);
    }

    @Test
    void productsAreValidatedThenPricedByTheQuote() throws Exception {
        mvc.perform(channelForm("/admin/channels", "ta-prod", "T", "0901-1234567"))
                .andExpect(status().is3xxRedirection());
        long version = administration.get("ta-prod").version();
        mvc.perform(post("/admin/channels/ta-prod/products").with(csrf())
                        .param("code", "org").param("name", "机构证书").param("certType", "ORGANIZATION")
                        .param("medium", "UKEY").param("keyAlgorithms", "SM2").param("years", "1", "2")
                        .param("maxQuantity", "many").param("pricePerYear", "3.141").param("ukeyPrice", "80")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("每单数量上限应为 1–50 之间的整数")))
                .andExpect(content().string(containsString("年服务费金额格式不正确")));
        assertThat(entries("catalog.product.", "ta-prod/org")).isEmpty();
        assertThat(catalog.channel("ta-prod").products()).isEmpty();

        mvc.perform(post("/admin/channels/ta-prod/products").with(csrf())
                        .param("code", "org").param("name", "机构证书").param("certType", "ORGANIZATION")
                        .param("medium", "UKEY").param("keyAlgorithms", "SM2").param("years", "1", "2")
                        .param("maxQuantity", "3").param("pricePerYear", "300").param("ukeyPrice", "80.50")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.quote("ta-prod", "org", 2, 3).total().fen()).isEqualTo(30000 * 2 * 3 + 8050 * 3);
        assertThat(entries("catalog.product.created", "ta-prod/org")).hasSize(1);

        mvc.perform(get("/admin/channels/ta-prod/products/org"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"80.50\"")));
        mvc.perform(post("/admin/channels/ta-prod/products/org/delete").with(csrf())
                        .param("version", String.valueOf(administration.get("ta-prod").version())))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.channel("ta-prod").products()).isEmpty();
    }

    @Test
    void aProductsTaxClassificationCodeIsCheckedAgainstTheTableShapeAndKept() throws Exception {
        mvc.perform(channelForm("/admin/channels", "ta-tax", "T", "0901-1234567"))
                .andExpect(status().is3xxRedirection());
        long version = administration.get("ta-tax").version();
        for (String bad : new String[] {"304020199", "7040201990000000000", "3000201990000000000", "30402019900000000X0"}) {
            mvc.perform(post("/admin/channels/ta-tax/products").with(csrf())
                            .param("code", "org").param("name", "机构证书").param("certType", "ORGANIZATION")
                            .param("medium", "CLOUD").param("keyAlgorithms", "SM2").param("years", "1")
                            .param("maxQuantity", "1").param("pricePerYear", "300").param("taxCode", bad)
                            .param("version", String.valueOf(version)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("税收分类编码应为商品和服务税收分类编码表中的 19 位数字编码")));
        }
        assertThat(catalog.channel("ta-tax").products()).isEmpty();
        mvc.perform(post("/admin/channels/ta-tax/products").with(csrf())
                        .param("code", "org").param("name", "机构证书").param("certType", "ORGANIZATION")
                        .param("medium", "CLOUD").param("keyAlgorithms", "SM2").param("years", "1")
                        .param("maxQuantity", "1").param("pricePerYear", "300").param("taxCode", "3040 2019 9000 0000 000")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.product("ta-tax", "org").taxCode()).isEqualTo("3040201990000000000");
        mvc.perform(get("/admin/channels/ta-tax/products/org"))
                .andExpect(content().string(containsString("value=\"3040201990000000000\"")));
        assertThat(entries("catalog.product.created", "ta-tax/org")).singleElement()
                .satisfies(e -> assertThat(e.details()).containsKey("taxCode"));
    }

    @Test
    void unknownChannelPageIs404() throws Exception {
        mvc.perform(get("/admin/channels/nope")).andExpect(status().isNotFound());
    }

    @Test
    @AsStaff(value = "rita", roles = StaffRole.REVIEWER)
    void otherStaffRolesMayNotEditChannels() throws Exception {
        mvc.perform(get("/admin/channels")).andExpect(status().isForbidden());
        mvc.perform(channelForm("/admin/channels", "ta-rita", "T", "0901-1234567")).andExpect(status().isForbidden());
        assertThat(catalog.findChannel("ta-rita")).isEmpty();
    }

    @Test
    @AsStaff(value = "anna", roles = StaffRole.ADMIN)
    void newChannelFormOffersEveryMaterialKind() throws Exception {
        mvc.perform(get("/admin/channels/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-kind=\"SIGNATURE_PAGE\"")))
                .andExpect(content().string(not(containsString("readonly"))));
    }
}
