package com.certhall.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.accounts.CaptchaService;
import com.certhall.support.OrderApi;
import com.certhall.support.WebIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * An upload over the platform's multipart limit (issue 11, item 15): a 7.7 MB phone photo gets a 413 problem from the
 * API and the platform's own error page with the limit in the pages, never the container's answer.
 */
@WebIntegrationTest
class UploadLimitTests {

    static final byte[] PHOTO = new byte[7_700_000];

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaptchaService captchas;
    @Autowired
    AccountsTestSupport.Recorder recorder;

    @Test
    void theApiAnswers413ProblemNamingTheLimit() {
        OrderApi api = OrderApi.register(new AccountsClient(http, captchas, recorder));
        String id = api.create("zy-interop", "PERSON");

        ResponseEntity<Map> answer = api.upload(id, "ID_FRONT", "photo.jpg", PHOTO);

        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat((String) answer.getBody().get("detail")).contains("6 MB");
        assertThat((List<Map<String, Object>>) answer.getBody().get("errors")).singleElement()
                .satisfies(e -> assertThat(e.get("field")).isEqualTo("file"));
        ResponseEntity<List> stored = api.list("/api/v1/orders/" + id + "/documents");
        assertThat(stored.getStatusCode().value()).isEqualTo(200);
        assertThat(stored.getBody()).isEmpty();
    }

    @Test
    void aFileNameWithNulOverRealHttpIsCleanedNeverAServerError() {
        OrderApi api = OrderApi.register(new AccountsClient(http, captchas, recorder));
        String id = api.create("zy-interop", "PERSON");
        byte[] png = com.certhall.documents.DocumentSamples.image(com.certhall.documents.DocumentFormat.PNG, 64, 40);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String boundary = "----certhall-probe";
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nID_FRONT\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"id\u0000.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(png);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(api.token());
        headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary));

        ResponseEntity<Map> answer = http.exchange("/api/v1/orders/" + id + "/documents", HttpMethod.POST,
                new HttpEntity<>(body.toByteArray(), headers), Map.class);

        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isIn(201, 400);
        if (answer.getStatusCode().value() == 201) {
            assertThat(String.valueOf(answer.getBody())).doesNotContain("\u0000");
        }
    }

    @Test
    void aPageShowsThePlatformsOwnMessage() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("kind", "ID_FRONT");
        form.add("file", new ByteArrayResource(PHOTO) {
            @Override
            public String getFilename() {
                return "photo.jpg";
            }
        });

        ResponseEntity<String> page = http.exchange("/orders/" + java.util.UUID.randomUUID() + "/materials",
                HttpMethod.POST, new HttpEntity<>(form, headers), String.class);

        assertThat(page.getStatusCode().value()).isEqualTo(413);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getBody()).contains("6 MB").contains("上传的内容超过平台");
    }
}
