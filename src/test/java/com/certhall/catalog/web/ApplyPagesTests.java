package com.certhall.catalog.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.support.CallerSecurityContexts;
import com.certhall.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public picker works without login, answers htmx with the list only, and the sandbox registry form checks input;
 * a channel's pages show its hotline top and bottom, and the home page knows who is signed in.
 */
@IntegrationTest
class ApplyPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void pickerIsPublicAndFiltersByLetterWithoutJavaScript() throws Exception {
        mvc.perform(get("/apply").param("letter", "m"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("data-code=\"coal-trade\"")))
                .andExpect(content().string(not(containsString("data-code=\"scf-chain\""))));
    }

    /** English readers find a channel by its English name and under its English initial (issue 13, item 15). */
    @Test
    void englishNamesAreSearchedAndLetteredInEnglish() throws Exception {
        mvc.perform(get("/apply").param("q", "coal trade"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-code=\"coal-trade\"")))
                .andExpect(content().string(not(containsString("data-code=\"scf-chain\""))));
        mvc.perform(get("/apply").param("letter", "c").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-code=\"coal-trade\"")))
                .andExpect(content().string(containsString("Coal Trade Online Certificate Project")))
                .andExpect(content().string(not(containsString("data-code=\"zy-interop\""))));
        mvc.perform(get("/apply").param("letter", "m").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-code=\"coal-trade\""))));
    }

    @Test
    void htmxGetsOnlyTheResultList() throws Exception {
        mvc.perform(get("/apply").param("q", "招投标").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"picker\"")))
                .andExpect(content().string(containsString("data-code=\"bid-cloud\"")))
                .andExpect(content().string(not(containsString("data-code=\"coal-trade\""))));
    }

    @Test
    void unknownChannelPageIs404() throws Exception {
        mvc.perform(get("/apply/no-such-project")).andExpect(status().isNotFound());
    }

    @Test
    void detailPageInEnglishOnRequest() throws Exception {
        mvc.perform(get("/apply/zy-interop").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fill in and submit online")))
                .andExpect(content().string(containsString("Bank transfer (upload the voucher)")))
                .andExpect(content().string(containsString("E-signature specimen page")));
    }

    /** The channel's questions come from the help centre's one store, in the page's language (issue 13, item 15). */
    @Test
    void theChannelsQuestionsAreShownInThePagesLanguage() throws Exception {
        mvc.perform(get("/apply/scf-chain"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("为什么要选 2 张证书？")));
        mvc.perform(get("/apply/scf-chain").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Why two certificates?")))
                .andExpect(content().string(not(containsString("为什么要选 2 张证书？"))));
    }

    @Test
    void headerShowsTheChannelAndItsHotline() throws Exception {
        mvc.perform(get("/apply/zy-interop"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"brand-sub channel-name\">中原省数字证书互通项目<")));
    }

    @Test
    void headerAndFooterShowTheChannelsHotline() throws Exception {
        mvc.perform(get("/apply/zy-interop"))
                .andExpect(content().string(containsString("<strong>400-860-1200</strong>")))
                .andExpect(content().string(containsString("class=\"footer-hotline\">400-860-1200<")))
                .andExpect(content().string(not(containsString("400-800-6688"))));
    }

    @Test
    void aSingleTermReadsOneYearNotARange() throws Exception {
        mvc.perform(get("/apply/bid-cloud"))
                .andExpect(content().string(containsString(">1 年<")))
                .andExpect(content().string(not(containsString("1–1 年"))));
    }

    @Test
    void theHomePageOfAnApplicantOffersTheirOrdersNotALogin() throws Exception {
        mvc.perform(get("/").with(authentication(CallerSecurityContexts.of(
                        AuthenticatedUser.applicant(UUID.randomUUID(), "applicant")).getAuthentication())))
                .andExpect(content().string(containsString("id=\"home-my-orders\"")))
                .andExpect(content().string(not(containsString("href=\"/login\""))));
        mvc.perform(get("/")).andExpect(content().string(containsString("href=\"/login\"")));
    }

    @Test
    void sandboxRegistryFormNamesBadFieldsAndRegistersGoodOnes() throws Exception {
        mvc.perform(post("/sandbox/registrations").with(csrf()).param("registry", "COAL_TRADE")
                        .param("uscc", "91140200MA0GX1T05D").param("organizationName", "晋北焦化有限公司"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("统一社会信用代码校验位错误")));
        mvc.perform(post("/sandbox/registrations").with(csrf()).param("registry", "COAL_TRADE")
                        .param("uscc", "91410100MA44P9KX21").param("organizationName", "中原焦煤贸易有限公司"))
                .andExpect(redirectedUrl("/sandbox/registrations?added"));
        mvc.perform(get("/sandbox/registrations"))
                .andExpect(content().string(containsString("中原焦煤贸易有限公司")));
    }
}
