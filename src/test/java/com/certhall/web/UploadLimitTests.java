package com.certhall.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.support.OrderApi;
import com.certhall.support.WebIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An upload over the platform's multipart limit (issue 11, item 15): a 7.7 MB phone photo gets a 413 problem from the
 * API and the platform's own error page with the limit in the pages, never the container's answer.
 */
@WebIntegrationTest
class UploadLimitTests {

    static final byte[] PHOTO = new byte[7_700_000];
    static final String BOUNDARY = "----certhall-upload";

    @Autowired
    TestRestTemplate http;
    @Autowired
    AccountsClient accounts;

    @Test
    void theApiAnswers413ProblemNamingTheLimit() {
        OrderApi api = OrderApi.register(accounts);
        String id = api.create("zy-interop", "PERSON");

        ResponseEntity<Map> sized = http.exchange("/api/v1/orders/" + id + "/documents", HttpMethod.POST,
                new HttpEntity<>(multipart("photo.jpg", PHOTO), headers(api.token(), MediaType.APPLICATION_JSON)),
                Map.class);
        // sent in chunks, without a length: the container's parser notices, the answer is the same
        ResponseEntity<Map> chunked = api.upload(id, "ID_FRONT", "photo.jpg", PHOTO);

        for (ResponseEntity<Map> answer : List.of(sized, chunked)) {
            assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(413);
            assertThat(answer.getHeaders().getContentType()).isNotNull()
                    .matches(t -> t.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            assertThat((String) answer.getBody().get("detail")).contains("6 MB");
            assertThat((List<Map<String, Object>>) answer.getBody().get("errors")).singleElement()
                    .satisfies(e -> assertThat(e.get("field")).isEqualTo("file"));
        }
        ResponseEntity<List> stored = api.list("/api/v1/orders/" + id + "/documents");
        assertThat(stored.getStatusCode().value()).isEqualTo(200);
        assertThat(stored.getBody()).isEmpty();
    }

    @Test
    void aFileNameWithNulOverRealHttpIsRefusedNamingTheFile() {
        OrderApi api = OrderApi.register(accounts);
        String id = api.create("zy-interop", "PERSON");
        byte[] png = com.certhall.documents.DocumentSamples.image(com.certhall.documents.DocumentFormat.PNG, 64, 40);

        ResponseEntity<Map> answer = http.exchange("/api/v1/orders/" + id + "/documents", HttpMethod.POST,
                new HttpEntity<>(multipart("id\u0000.png", png), headers(api.token(), MediaType.APPLICATION_JSON)),
                Map.class);

        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isIn(201, 400);
        if (answer.getStatusCode().value() == 400) {
            assertThat((List<Map<String, Object>>) answer.getBody().get("errors")).singleElement()
                    .satisfies(e -> assertThat(e.get("field")).isEqualTo("file"));
        } else {
            assertThat(String.valueOf(answer.getBody())).doesNotContain("\u0000");
        }
    }

    @Test
    void aPageShowsThePlatformsOwnMessage() {
        ResponseEntity<String> page = http.exchange("/orders/" + java.util.UUID.randomUUID() + "/materials",
                HttpMethod.POST, new HttpEntity<>(multipart("photo.jpg", PHOTO), headers(null, MediaType.TEXT_HTML)),
                String.class);

        assertThat(page.getStatusCode().value()).isEqualTo(413);
        assertThat(page.getHeaders().getContentType()).isNotNull()
                .matches(t -> t.isCompatibleWith(MediaType.TEXT_HTML));
        assertThat(page.getBody()).contains("6 MB").contains("上传的内容超过平台");
    }

    /** A form upload as a browser sends it: one body with its length, a {@code kind} field and the file. */
    static byte[] multipart(String fileName, byte[] content) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nID_FRONT\r\n--"
                + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    static HttpHeaders headers(String token, MediaType accept) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        headers.setAccept(List.of(accept));
        headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=" + BOUNDARY));
        return headers;
    }
}
