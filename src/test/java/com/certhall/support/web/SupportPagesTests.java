package com.certhall.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.accounts.CaptchaService;
import com.certhall.support.WebIntegrationTest;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 在线客服 for visitors who are not signed in: a captcha, an SMS code to the contact mobile, then conversations that
 * only this mobile's session reaches; text is escaped on the page; an address starts at most five an hour.
 */
@WebIntegrationTest
class SupportPagesTests {

    static final AtomicInteger HOSTS = new AtomicInteger(10);
    static final Pattern CAPTCHA = Pattern.compile("name=\"captchaId\" value=\"([0-9a-f-]{36})\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    CaptchaService captchas;
    @Autowired
    AccountsTestSupport.Recorder recorder;

    @Test
    void aVisitorProvesAMobileAndOnlyHisSessionReachesTheConversation() throws Exception {
        String address = "198.51.100." + HOSTS.incrementAndGet();
        Session visitor = provenVisitor(address);
        String location = mvc.perform(from(address, post("/support/conversations").with(visitor).with(csrf())
                        .param("text", "<script>alert(1)</script> 证书怎么领取？")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/support/[0-9a-f-]{36}");

        String page = mvc.perform(get(location).with(visitor)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; 证书怎么领取？").doesNotContain("<script>alert");
        assertThat(page).contains("hx-trigger=\"every 2s\"");

        Session stranger = provenVisitor("198.51.100." + HOSTS.incrementAndGet());
        mvc.perform(get(location).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get(location + "/messages").with(stranger)).andExpect(status().isNotFound());
        mvc.perform(post(location + "/messages").with(stranger).with(csrf()).param("text", "hi"))
                .andExpect(status().isNotFound());
        mvc.perform(get(location)).andExpect(status().isNotFound());
        mvc.perform(get("/support/" + UUID.randomUUID()).with(visitor)).andExpect(status().isNotFound());
    }

    @Test
    void anAddressStartsAtMostFiveConversationsAnHour() throws Exception {
        String address = "198.51.100." + HOSTS.incrementAndGet();
        Session visitor = provenVisitor(address);
        for (int i = 0; i < 5; i++) {
            mvc.perform(from(address, post("/support/conversations").with(visitor).with(csrf())
                    .param("text", "问题 " + i))).andExpect(status().is3xxRedirection());
        }
        String refused = mvc.perform(from(address, post("/support/conversations").with(visitor).with(csrf())
                        .param("text", "第六个"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).contains("一小时内发起的会话过多");
    }

    @Test
    void aWrongCodeProvesNothing() throws Exception {
        String address = "198.51.100." + HOSTS.incrementAndGet();
        Session session = new Session();
        String mobile = AccountsTestSupport.newMobile();
        sendCode(address, session, mobile);
        String page = mvc.perform(from(address, post("/support/contact").with(session).with(csrf())
                        .param("mobile", mobile).param("smsCode", "000000"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"support-contact\"");
        mvc.perform(from(address, post("/support/conversations").with(session).with(csrf()).param("text", "x")))
                .andExpect(status().isNotFound());
    }

    private Session provenVisitor(String address) throws Exception {
        Session session = new Session();
        String mobile = AccountsTestSupport.newMobile();
        sendCode(address, session, mobile);
        mvc.perform(from(address, post("/support/contact").with(session).with(csrf()).param("mobile", mobile)
                .param("smsCode", recorder.codeFor(mobile)))).andExpect(status().is3xxRedirection());
        String start = mvc.perform(get("/support").with(session)).andReturn().getResponse().getContentAsString();
        assertThat(start).contains("id=\"support-new\"");
        return session;
    }

    private void sendCode(String address, Session session, String mobile) throws Exception {
        MvcResult first = perform(session, get("/support"));
        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        assertThat(session.cookie).as("a session cookie").isNotNull();
        String page = first.getResponse().getContentAsString();
        Matcher m = CAPTCHA.matcher(page);
        assertThat(m.find()).as("a captcha on the page").isTrue();
        String answer = captchas.answerFor(UUID.fromString(m.group(1))).orElseThrow();
        String sent = mvc.perform(from(address, post("/support/contact/code").with(session).with(csrf())
                        .param("mobile", mobile).param("captchaId", m.group(1)).param("captchaAnswer", answer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(sent).contains("id=\"support-contact\"");
    }

    /**
     * The browser's session cookie: sessions live in Spring Session (docs/security.md "Sessions"), which finds them
     * by cookie, not by a mock session object.
     */
    static final class Session implements org.springframework.test.web.servlet.request.RequestPostProcessor {

        Cookie cookie;

        @Override
        public org.springframework.mock.web.MockHttpServletRequest postProcessRequest(
                org.springframework.mock.web.MockHttpServletRequest request) {
            if (cookie != null) {
                request.setCookies(cookie);
            }
            return request;
        }
    }

    private MvcResult perform(Session session, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(session)).andReturn();
        Cookie set = result.getResponse().getCookie("JSESSIONID");
        if (set != null) {
            session.cookie = set;
        }
        return result;
    }

    private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }
}
