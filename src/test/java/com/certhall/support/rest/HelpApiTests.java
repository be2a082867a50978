package com.certhall.support.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.support.WebIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** {@code GET /api/v1/help} as a partner calls it: search in both languages, a channel's questions and contact. */
@WebIntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class HelpApiTests {

    @Autowired
    TestRestTemplate http;

    @Test
    void aChineseWordFindsTheQuestionAndEnglishReadersGetItInEnglish() {
        Map zh = help("/api/v1/help?q=口令", "zh-CN").getBody();
        List<Map> entries = (List<Map>) zh.get("entries");
        assertThat(entries).extracting(e -> e.get("question")).contains("证书 PIN 码（口令）怎么获取？");
        assertThat(entries).filteredOn(e -> "证书 PIN 码（口令）怎么获取？".equals(e.get("question")))
                .extracting(e -> e.get("link")).containsExactly("/certificates");

        List<Map> en = (List<Map>) help("/api/v1/help?q=口令", "en").getBody().get("entries");
        assertThat(en).extracting(e -> e.get("question")).contains("How do I get the certificate PIN?");
    }

    @Test
    void englishWordsFindTheQuestionInBothLanguages() {
        List<Map> zh = (List<Map>) help("/api/v1/help?q=mailing address", "zh-CN").getBody().get("entries");
        assertThat(zh).extracting(e -> e.get("question")).containsExactly("收货地址填错了，需要修改怎么办？");
        List<Map> none = (List<Map>) help("/api/v1/help?q=zqxwv", "en").getBody().get("entries");
        assertThat(none).isEmpty();
    }

    @Test
    void aChannelsOwnQuestionsComeFirstWithItsHotlineAndHours() {
        Map body = help("/api/v1/help?channel=scf-chain", "zh-CN").getBody();
        List<Map> entries = (List<Map>) body.get("entries");
        assertThat(entries.get(0).get("channel")).isEqualTo("scf-chain");
        assertThat(entries).extracting(e -> e.get("question")).contains("为什么要选 2 张证书？", "怎么联系在线客服？");
        Map contact = (Map) body.get("contact");
        assertThat(contact.get("hotline")).isEqualTo("400-880-9800");
        assertThat(contact.get("hours")).isEqualTo("在线客服：工作日 9:00–18:00");
        assertThat(contact.get("supportUrl")).isEqualTo("/support");
        // another channel's questions stay out
        assertThat(entries).extracting(e -> e.get("channel")).doesNotContain("coal-trade");
    }

    @Test
    void anUnknownChannelIsNotFoundAndAnOverlongQueryNamesTheField() {
        assertThat(help("/api/v1/help?channel=no-such", "zh-CN").getStatusCode().value()).isEqualTo(404);
        ResponseEntity<Map> tooLong = help("/api/v1/help?q=" + "长".repeat(101), "zh-CN");
        assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map>) tooLong.getBody().get("errors")).extracting(e -> e.get("field")).containsExactly("q");
    }

    private ResponseEntity<Map> help(String path, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), Map.class);
    }
}
