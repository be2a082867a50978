package com.certhall.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.StaffRole;
import com.certhall.audit.AuditLog;
import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.ChannelTexts;
import com.certhall.catalog.domain.ChannelTextDraft;
import com.certhall.catalog.domain.ChannelTextEditing;
import com.certhall.notifications.NotificationTemplates;
import com.certhall.support.AsStaff;
import com.certhall.support.IntegrationTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 13 item 15: a channel admin writes a channel's English texts and its own notification wording on the
 * channel's texts page; English pages and English notifications read them, Chinese ones keep the Chinese text, and a
 * blank English text falls back to Chinese.
 */
@IntegrationTest
@AsStaff(value = "texts", roles = StaffRole.CHANNEL_ADMIN)
class ChannelTextPagesTests {

    private static final String CHANNEL = "coal-trade";

    @Autowired
    MockMvc mvc;
    @Autowired
    ChannelTextEditing editing;
    @Autowired
    ChannelTexts texts;
    @Autowired
    CatalogManagement catalog;
    @Autowired
    NotificationTemplates templates;
    @Autowired
    AuditLog audit;

    @RegisterExtension
    final ChannelTextsRestored restored = new ChannelTextsRestored(CHANNEL);

    static MockHttpServletRequestBuilder texts(String name, String product0, String zhApproved, String enApproved) {
        return post("/admin/channels/" + CHANNEL + "/texts").with(csrf())
                .param("nameEn", name).param("descriptionEn", "Certificates for coal traders.")
                .param("agreementTextEn", "Service agreement in English.")
                .param("productNamesEn[0]", product0).param("productNamesEn[1]", "").param("productNamesEn[2]", "")
                .param("productDescriptionsEn[0]", "To sign in and stamp (test)")
                .param("templates[0].zh", zhApproved).param("templates[0].en", enApproved);
    }

    @Test
    void savedTextsAreReadAtOnceByTheChannelApiOnThisNode() throws Exception {
        ChannelTextDraft seeded = restored.seeded();
        mvc.perform(get("/api/v1/channels/" + CHANNEL)).andExpect(status().isOk())
                .andExpect(jsonPath("$.english.name").value(seeded.name())); // kept per node from here on
        editing.save(CHANNEL, new ChannelTextDraft("Coal Trade (renamed)", seeded.description(),
                seeded.agreementText(), seeded.onlineSupport(), seeded.productNames(), seeded.productDescriptions(),
                seeded.zhTemplates(), seeded.enTemplates()), "test");
        mvc.perform(get("/api/v1/channels/" + CHANNEL)).andExpect(status().isOk())
                .andExpect(jsonPath("$.english.name").value("Coal Trade (renamed)"));
    }

    @Test
    void badTextsAreRefusedByFieldAndNothingIsStored() throws Exception {
        String page = mvc.perform(texts("Coal\u0007Trade", "x".repeat(101), "您的订单 {1} 通过 {7}", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("英文名称不能包含控制字符").contains("产品英文名称不能超过 100 个字")
                .contains("中文模板中的占位符 {7} 不在默认模板中；可用的占位符：{0} {1} {2}")
                .contains("您的订单 {1} 通过 {7}");
        assertThat(texts.english(CHANNEL).name()).isEqualTo(restored.seeded().name());

        String english = mvc.perform(texts("Coal\u0007Trade", "ok", "", "").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("English name must not contain control characters");
    }

    @Test
    void englishPagesReadTheEnglishTextsAndFallBackToChinese() throws Exception {
        mvc.perform(texts("Coal Trade Online (test)", "Unit certificate (test)", "", "")).andExpect(status().isOk());

        ChannelRules english = texts.localized(catalog.channel(CHANNEL), Locale.ENGLISH);
        assertThat(english.name()).isEqualTo("Coal Trade Online (test)");
        assertThat(english.agreementText()).isEqualTo("Service agreement in English.");
        assertThat(english.products()).extracting(p -> p.name())
                .containsExactly("Unit certificate (test)", "法定代表人证书及电子印章", "电子印章（追加）");
        assertThat(english.flow()).isEqualTo(catalog.channel(CHANNEL).flow());
        ChannelRules chinese = texts.localized(catalog.channel(CHANNEL), Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese.name()).isEqualTo("煤炭交易在线证书项目");
        assertThat(texts.channelName(CHANNEL, Locale.ENGLISH)).isEqualTo("Coal Trade Online (test)");
        assertThat(texts.productName(CHANNEL, "eseal", "电子印章（追加）", Locale.ENGLISH)).isEqualTo("电子印章（追加）");

        String page = mvc.perform(get("/apply/" + CHANNEL).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Coal Trade Online (test)").contains("Unit certificate (test)")
                .contains("To sign in and stamp (test)")
                .contains("Service agreement in English.").doesNotContain("煤炭交易在线证书项目");
        String chinesePage = mvc.perform(get("/apply/" + CHANNEL).param("lang", "zh-CN")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(chinesePage).contains("煤炭交易在线证书项目").contains("单位证书一张并制作单位电子公章")
                .doesNotContain("Coal Trade Online (test)").doesNotContain("To sign in and stamp (test)");
        assertThat(audit.recent("catalog.channel.texts", "staff:", 50)).anySatisfy(e -> {
            assertThat(e.subject()).isEqualTo(CHANNEL);
            assertThat(e.details().get("changed")).contains("nameEn").contains("productNamesEn")
                    .contains("productDescriptionsEn");
        });
    }

    @Test
    void aChannelsOwnTemplateReplacesTheDefaultInItsLanguageOnly() throws Exception {
        mvc.perform(texts("", "", "", "Good news: {0} order {1} is approved. See {2}. It's done."))
                .andExpect(status().isOk());
        Object[] args = {"Coal", "A-1", "https://hall/orders/1", "Li"};
        assertThat(templates.sms(CHANNEL, "reviewApproved", Locale.ENGLISH, args))
                .endsWith("Good news: Coal order A-1 is approved. See https://hall/orders/1. It's done.");
        assertThat(templates.sms(CHANNEL, "reviewApproved", Locale.SIMPLIFIED_CHINESE, args))
                .isEqualTo(templates.sms("reviewApproved", Locale.SIMPLIFIED_CHINESE, args))
                .contains("已经审核通过");
        assertThat(templates.sms("scf-chain", "reviewApproved", Locale.ENGLISH, args))
                .isEqualTo(templates.sms("reviewApproved", Locale.ENGLISH, args));
        assertThat(texts.english(CHANNEL).name()).isEmpty();
        assertThat(texts.channelName(CHANNEL, Locale.ENGLISH)).isEqualTo("煤炭交易在线证书项目");
    }

    @Test
    void theTextsPageShowsTheDefaultsAndIsForChannelAdminsOfAnExistingChannel() throws Exception {
        String page = mvc.perform(get("/admin/channels/" + CHANNEL + "/texts")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("英文文本与通知模板").contains("默认：您好，您提交的{0}新申请业务")
                .contains("data-product=\"unit-cert\"");
        mvc.perform(get("/admin/channels/no-such-channel/texts")).andExpect(status().isNotFound());
    }
}
