package com.certhall.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.StaffRole;
import com.certhall.support.AsStaff;
import com.certhall.support.WebIntegrationTest;
import com.certhall.support.help.Faq;
import com.certhall.support.help.HelpCentre;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A channel admin edits a channel's questions in both languages beside the channel pages; refusals name the row. */
@WebIntegrationTest
class FaqAdminPagesTests {

    static final String PAGE = "/admin/channels/plateau-trade/faq";

    @Autowired
    MockMvc mvc;
    @Autowired
    HelpCentre help;

    @Test
    @AsStaff(value = "channeladmin", roles = StaffRole.CHANNEL_ADMIN)
    void aChannelAdminSavesAQuestionInBothLanguagesAndTheHelpCentreFindsIt() throws Exception {
        mvc.perform(get(PAGE)).andExpect(status().isOk());
        assertThat(help.of("plateau-trade")).extracting(f -> f.question(Locale.SIMPLIFIED_CHINESE))
                .doesNotContain("法定代表人不在本地怎么办？"); // kept per node from here on (docs/architecture.md)
        mvc.perform(post(PAGE).with(csrf())
                        .param("faq[0].questionZh", "法定代表人不在本地怎么办？")
                        .param("faq[0].answerZh", "可改用企业对公打款认证，无需法定代表人到场。")
                        .param("faq[0].questionEn", "The legal representative is away. What now?")
                        .param("faq[0].answerEn", "Use the corporate micro-deposit check; it needs no legal representative.")
                        .param("faq[0].link", "/orders")
                        .param("faq[1].questionZh", "").param("faq[1].answerZh", "")
                        .param("faq[1].questionEn", "").param("faq[1].answerEn", "").param("faq[1].link", ""))
                .andExpect(redirectedUrl(PAGE));
        List<Faq> found = help.search("plateau-trade", "away");
        assertThat(found).extracting(f -> f.question(Locale.SIMPLIFIED_CHINESE)).containsExactly("法定代表人不在本地怎么办？");
        assertThat(found.get(0).channel()).isEqualTo("plateau-trade");
        assertThat(help.of("plateau-trade")).as("the saved questions are read at once on this node")
                .extracting(f -> f.question(Locale.SIMPLIFIED_CHINESE)).contains("法定代表人不在本地怎么办？");
    }

    @Test
    @AsStaff(value = "channeladmin", roles = StaffRole.CHANNEL_ADMIN)
    void aRowWithoutItsEnglishOrWithAForeignLinkIsRefusedNamingTheField() throws Exception {
        List<Faq> before = help.of("plateau-trade");
        String page = mvc.perform(post(PAGE).with(csrf())
                        .param("faq[0].questionZh", "只填了中文").param("faq[0].answerZh", "答案")
                        .param("faq[0].questionEn", "").param("faq[0].answerEn", "")
                        .param("faq[1].questionZh", "问题").param("faq[1].answerZh", "答案")
                        .param("faq[1].questionEn", "Question").param("faq[1].answerEn", "Answer")
                        .param("faq[1].link", "https://elsewhere.example/"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("问题（英文）").contains("应为本站页面路径");
        assertThat(help.of("plateau-trade")).isEqualTo(before);
    }

    @Test
    @AsStaff(value = "support", roles = StaffRole.SUPPORT)
    void supportStaffCannotEditQuestions() throws Exception {
        mvc.perform(get(PAGE)).andExpect(status().isForbidden());
    }
}
