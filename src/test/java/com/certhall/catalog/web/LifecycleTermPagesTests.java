package com.certhall.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.StaffRole;
import com.certhall.audit.AuditEntryView;
import com.certhall.audit.AuditLog;
import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.LifecycleTerms;
import com.certhall.catalog.LifecycleTerms.Service;
import com.certhall.catalog.LifecycleTerms.Term;
import com.certhall.support.AsStaff;
import com.certhall.support.IntegrationTest;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 14 (a channel decides which types it offers and their prices) — the channel administrator's page for the
 * lifecycle terms (docs/lifecycle.md, "Channel terms") saves what the order start and the certificate actions read,
 * refuses bad prices and windows naming each field, keeps what was typed, and audits the change.
 */
@IntegrationTest
@AsStaff(value = "terms", roles = StaffRole.CHANNEL_ADMIN)
class LifecycleTermPagesTests {

    private static final String CHANNEL = "health-esign";
    private static final String URL = "/admin/channels/" + CHANNEL + "/lifecycle-terms";

    @Autowired
    MockMvc mvc;
    @Autowired
    CatalogManagement catalog;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void defaultsAgain() {
        jdbc.update("delete from catalog_lifecycle_term where channel_code = ?", CHANNEL);
    }

    @Test
    void savesTheTermsTheOrdersRead() throws Exception {
        String page = mvc.perform(get(URL)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("证书服务", "证书更新价格", "证书注销").containsPattern(
                "name=\"renewalOffered\" value=\"true\" checked").contains("value=\"90\"");

        mvc.perform(form().param("renewalPrice", "120").param("reissuePrice", "￥ 80.5")
                        .param("revocationPrice", "0").param("renewalWindowDays", "６０")
                        .param("renewalOffered", "true").param("reissueOffered", "true")
                        .param("revocationOffered", "true"))
                .andExpect(status().isOk());
        LifecycleTerms terms = catalog.lifecycleTerms(CHANNEL);
        assertThat(terms.renewalWindowDays()).isEqualTo(60);
        assertThat(terms.terms()).containsEntry(Service.RENEWAL, new Term(true, 12000L))
                .containsEntry(Service.CHANGE, new Term(false, null))
                .containsEntry(Service.REISSUE, new Term(true, 8050L))
                .containsEntry(Service.UNLOCK, new Term(false, null))
                .containsEntry(Service.REVOCATION, new Term(true, 0L));
        assertThat(audit.recent("catalog.channel.lifecycleTerms", "staff:terms", 50))
                .filteredOn(e -> e.subject().equals(CHANNEL)).first().extracting(AuditEntryView::details)
                .satisfies(d -> assertThat(d.get("after")).isEqualTo(
                        "RENEWAL=on/12000,CHANGE=off/product,REISSUE=on/8050,UNLOCK=off/product,"
                                + "REVOCATION=on/0,SEAL_ADDITION=off/product,SEAL_CHANGE=off/product,window=60"));
        assertThat(mvc.perform(get(URL)).andReturn().getResponse().getContentAsString())
                .contains("value=\"120.00\"", "value=\"80.50\"", "value=\"60\"")
                .doesNotContainPattern("name=\"changeOffered\" value=\"true\" checked");
    }

    @Test
    void refusesBadPricesAndWindowsNamingEachFieldAndKeepsWhatWasTyped() throws Exception {
        String refused = mvc.perform(form().param("renewalOffered", "true").param("renewalPrice", "12.345")
                        .param("unlockPrice", "100001").param("changePrice", "abc")
                        .param("renewalWindowDays", "400"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("保存失败", "证书更新价格金额格式不正确", "信息变更价格金额格式不正确",
                "证书解锁价格应在 0–100000 元之间", "更新窗口（天）应为 1–366 之间的整数")
                .contains("value=\"12.345\"", "value=\"abc\"", "value=\"400\"");
        assertThat(catalog.lifecycleTerms(CHANNEL)).isEqualTo(LifecycleTerms.defaults(CHANNEL));

        String english = mvc.perform(form().param("renewalWindowDays", "").locale(Locale.ENGLISH)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Certificate services", "Renewal window (days)");
        assertThat(catalog.lifecycleTerms(CHANNEL)).isEqualTo(LifecycleTerms.defaults(CHANNEL));
    }

    @Test
    void anUnknownChannelIsNotFound() throws Exception {
        mvc.perform(get("/admin/channels/no-such-channel/lifecycle-terms")).andExpect(status().isNotFound());
        mvc.perform(post("/admin/channels/no-such-channel/lifecycle-terms").with(csrf())
                .param("renewalWindowDays", "30")).andExpect(status().isNotFound());
    }

    private static MockHttpServletRequestBuilder form() {
        return post(URL).with(csrf());
    }
}
