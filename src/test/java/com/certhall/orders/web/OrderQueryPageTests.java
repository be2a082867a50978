package com.certhall.orders.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The public order lookup page: open without login, every bad field named, typed values kept. */
@IntegrationTest
class OrderQueryPageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void lookupPageIsPublicAndNamesBadFields() throws Exception {
        mvc.perform(get("/order-query"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("业务查询")))
                .andExpect(content().string(containsString("data-sms-send")));
        mvc.perform(post("/order-query").with(csrf()).param("subjectCode", "12345").param("mobile", "13800")
                        .param("smsCode", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("应为 18 位统一社会信用代码或居民身份证号码")))
                .andExpect(content().string(containsString("手机号码格式不正确")))
                .andExpect(content().string(containsString("value=\"12345\"")));
    }
}
