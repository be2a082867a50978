package com.certhall.support.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.documents.DocumentFormat;
import com.certhall.documents.DocumentSamples;
import com.certhall.support.OrderApi;
import com.certhall.support.SandboxInbox;
import com.certhall.support.WebIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.util.MultiValueMap;

/**
 * Lost mobile (SPEC row 4) over the API: the new number proven by SMS, the ID scans, SUPPORT staff approve; the old
 * token stops working, the new number signs in, and both numbers are told. Refusals name their field.
 */
@WebIntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class MobileChangeApiTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    @Autowired
    AccountsClient accounts;

    @BeforeEach
    void client() {
    }

    @Test
    void anApprovedRequestMovesTheAccountToTheNewMobileAndEndsItsTokens() {
        String login = "lost" + Long.toString(System.nanoTime(), 36);
        String oldMobile = accounts.registerPerson(login);
        String token = accounts.token(login, AccountsClient.PASSWORD);
        String newMobile = AccountsTestSupport.newMobile();
        SandboxInbox inbox = new SandboxInbox(http);
        int oldBefore = inbox.count(oldMobile);

        ResponseEntity<Map> created = submit(login, newMobile, code(newMobile), true);
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        assertThat(created.getBody().get("status")).isEqualTo("PENDING");
        inbox.awaitNext(oldMobile, oldBefore, "有人申请将您账户的绑定手机号更换为新号码");

        String staff = accounts.token("support", OrderApi.STAFF_PASSWORD);
        String id = (String) created.getBody().get("requestId");
        ResponseEntity<Map> again = submit(login, AccountsTestSupport.newMobile(), "123456", true);
        assertThat(again.getStatusCode().value()).isEqualTo(409);

        ResponseEntity<Map> approved = accounts.call(HttpMethod.POST,
                "/api/v1/admin/mobile-change-requests/" + id + "/decision", staff, Map.of("decision", "APPROVE"));
        assertThat(approved.getStatusCode().value()).as(String.valueOf(approved.getBody())).isEqualTo(200);
        assertThat(approved.getBody().get("status")).isEqualTo("APPROVED");

        assertThat(accounts.call(HttpMethod.GET, "/api/v1/me", token, null).getStatusCode().value()).isEqualTo(401);
        String fresh = accounts.token(newMobile, AccountsClient.PASSWORD);
        assertThat(accounts.call(HttpMethod.GET, "/api/v1/me", fresh, null).getStatusCode().value()).isEqualTo(200);
        inbox.awaitNext(newMobile, 0, "绑定为您的 CertHall 账户手机号");
        assertThat(inbox.texts(oldMobile, "更换为新号码，此号码将不再接收")).isNotEmpty();

        ResponseEntity<Map> twice = accounts.call(HttpMethod.POST,
                "/api/v1/admin/mobile-change-requests/" + id + "/decision", staff, Map.of("decision", "REJECT",
                        "reason", "重复处理"));
        assertThat(twice.getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void missingScansAWrongCodeAndARefusalWithoutReasonNameTheirFields() {
        String login = "lost" + Long.toString(System.nanoTime(), 36);
        accounts.registerPerson(login);
        String newMobile = AccountsTestSupport.newMobile();

        ResponseEntity<Map> noScans = submit(login, newMobile, "123456", false);
        assertThat(noScans.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map>) noScans.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("idFront", "idBack");
        ResponseEntity<Map> wrongCode = submit(login, newMobile, "000000", true);
        assertThat((List<Map>) wrongCode.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("smsCode");
        ResponseEntity<Map> unknown = submit("nobody-" + System.nanoTime(), newMobile, "000000", true);
        assertThat((List<Map>) unknown.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("login");

        ResponseEntity<Map> created = submit(login, newMobile, code(newMobile), true);
        String staff = accounts.token("support", OrderApi.STAFF_PASSWORD);
        String path = "/api/v1/admin/mobile-change-requests/" + created.getBody().get("requestId") + "/decision";
        ResponseEntity<Map> noReason = accounts.call(HttpMethod.POST, path, staff, Map.of("decision", "REJECT"));
        assertThat((List<Map>) noReason.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("reason");
        ResponseEntity<Map> refused = accounts.call(HttpMethod.POST, path, staff,
                Map.of("decision", "REJECT", "reason", "身份证照片不清晰"));
        assertThat(refused.getBody().get("status")).isEqualTo("REJECTED");
        new SandboxInbox(http).awaitNext(newMobile, 1, "身份证照片不清晰");
    }

    private String code(String mobile) {
        ResponseEntity<Map> sent = accounts.postWithCaptcha("/api/v1/mobile-change-requests/codes",
                Map.of("mobile", mobile));
        assertThat(sent.getStatusCode().value()).as(String.valueOf(sent.getBody())).isEqualTo(202);
        return recorder.codeFor(mobile);
    }

    private ResponseEntity<Map> submit(String login, String mobile, String code, boolean scans) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("login", login);
        form.add("mobile", mobile);
        form.add("smsCode", code);
        if (scans) {
            form.add("idFront", file("front.png"));
            form.add("idBack", file("back.png"));
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.exchange("/api/v1/mobile-change-requests", HttpMethod.POST, new HttpEntity<>(form, headers),
                Map.class);
    }

    private static ByteArrayResource file(String name) {
        return new ByteArrayResource(DocumentSamples.image(DocumentFormat.PNG, 64, 40)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}
