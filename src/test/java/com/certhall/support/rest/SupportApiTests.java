package com.certhall.support.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.support.OrderApi;
import com.certhall.support.WebIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Support conversations over the JSON API: only the owner reaches one (another account gets 404), an order is
 * attached only by its owner, staff answers reach the customer, and bad input names its field.
 */
@WebIntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class SupportApiTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    AccountsClient accounts;
    OrderApi alice;
    OrderApi bob;

    @BeforeEach
    void customers() {
        alice = OrderApi.register(accounts);
        bob = OrderApi.register(accounts);
    }

    @Test
    void anotherAccountCannotReachTheConversation() {
        String id = start(alice, Map.of("text", "证书什么时候寄出？"));
        assertThat(bob.call(HttpMethod.GET, "/api/v1/support/conversations/" + id, null).getStatusCode().value())
                .isEqualTo(404);
        assertThat(bob.call(HttpMethod.POST, "/api/v1/support/conversations/" + id + "/messages",
                Map.of("text", "我来插一句")).getStatusCode().value()).isEqualTo(404);
        assertThat(new OrderApi(alice.accounts(), null).call(HttpMethod.GET, "/api/v1/support/conversations/" + id,
                null).getStatusCode().value()).isEqualTo(401);
        assertThat((List<Map>) bob.list("/api/v1/support/conversations").getBody()).isEmpty();
        Map mine = alice.ok(alice.call(HttpMethod.GET, "/api/v1/support/conversations/" + id, null));
        assertThat((List<Map>) mine.get("messages")).extracting(m -> m.get("text"))
                .containsExactly("证书什么时候寄出？");
    }

    @Test
    void aVisitorWithoutAccountTalksToSupportWithAProvenMobileAndTheConversationKey() {
        AccountsClient anonymous = alice.accounts();
        String mobile = AccountsTestSupport.newMobile();
        Map<String, Object> codeRequest = new java.util.HashMap<>(anonymous.captcha());
        codeRequest.put("mobile", mobile);
        assertThat(http.postForEntity("/api/v1/support/contact-codes", Map.of("mobile", mobile), Map.class)
                .getBody().toString()).contains("captchaAnswer");
        assertThat(http.postForEntity("/api/v1/support/contact-codes", codeRequest, Map.class).getStatusCode()
                .value()).isEqualTo(202);
        String code = accounts.recorder().codeFor(mobile);

        ResponseEntity<Map> wrong = http.postForEntity("/api/v1/support/visitor-conversations",
                Map.of("mobile", mobile, "smsCode", "000000", "text", "证书怎么领取？"), Map.class);
        assertThat(wrong.getStatusCode().value()).isEqualTo(400);
        assertThat(wrong.getBody().toString()).contains("smsCode");
        ResponseEntity<Map> started = http.postForEntity("/api/v1/support/visitor-conversations",
                Map.of("mobile", mobile, "smsCode", code, "text", "证书怎么领取？"), Map.class);
        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(201);
        String key = (String) started.getBody().get("accessKey");
        String id = (String) ((Map) started.getBody().get("conversation")).get("id");

        String staff = alice.staff("support");
        assertThat(anonymous.call(HttpMethod.POST, "/api/v1/admin/support/conversations/" + id + "/messages", staff,
                Map.of("text", "请在订单页面查看寄送信息。")).getStatusCode().value()).isEqualTo(201);
        ResponseEntity<Map> seen = visitor(HttpMethod.GET, id + "?after=1", key, null);
        assertThat(seen.getStatusCode().value()).isEqualTo(200);
        assertThat((List<Map>) seen.getBody().get("messages")).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("from", "STAFF"));
        assertThat(visitor(HttpMethod.POST, id + "/messages", key, Map.of("text", "谢谢")).getStatusCode().value())
                .isEqualTo(201);

        assertThat(visitor(HttpMethod.GET, id, key.substring(1) + "0", null).getStatusCode().value()).isEqualTo(404);
        assertThat(visitor(HttpMethod.GET, id, null, null).getStatusCode().value()).isEqualTo(404);
        assertThat(visitor(HttpMethod.POST, java.util.UUID.randomUUID() + "/messages", key, Map.of("text", "x"))
                .getStatusCode().value()).isEqualTo(404);
        String accountConversation = start(bob, Map.of("text", "账户的对话"));
        assertThat(visitor(HttpMethod.GET, accountConversation, key, null).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theCustomerAttachesAnImageThatStaffOpenAndTheDocumentsChecksRefuseOtherFiles() {
        String id = start(alice, Map.of("text", "上传营业执照时报错"));
        byte[] png = com.certhall.documents.DocumentSamples.image(com.certhall.documents.DocumentFormat.PNG, 64, 40);
        ResponseEntity<Map> added = attach(alice, id, "错误截图.png", png);
        assertThat(added.getStatusCode().value()).as(String.valueOf(added.getBody())).isEqualTo(201);
        assertThat(added.getBody()).containsEntry("name", "错误截图.png").containsEntry("contentType", "image/png");
        String documentId = (String) added.getBody().get("documentId");
        Map conversation = alice.ok(alice.call(HttpMethod.GET, "/api/v1/support/conversations/" + id, null));
        assertThat((List<Map>) conversation.get("messages")).extracting(m -> m.get("text"))
                .contains("[附件 / attachment] 错误截图.png");

        String staff = alice.staff("support");
        ResponseEntity<List> listed = http.exchange("/api/v1/admin/support/conversations/" + id + "/attachments",
                HttpMethod.GET, new org.springframework.http.HttpEntity<>(bearer(staff)), List.class);
        assertThat(listed.getBody()).hasSize(1);
        ResponseEntity<byte[]> opened = http.exchange("/api/v1/admin/support/conversations/" + id
                + "/attachments/" + documentId, HttpMethod.GET, new org.springframework.http.HttpEntity<>(
                bearer(staff)), byte[].class);
        assertThat(opened.getStatusCode().value()).isEqualTo(200);
        assertThat(opened.getBody()).isEqualTo(png);

        assertThat(attach(bob, id, "x.png", png).getStatusCode().value()).as("another account").isEqualTo(404);
        assertThat(attach(alice, id, "note.png", "not an image at all".getBytes()).getStatusCode().value())
                .isEqualTo(415);
        assertThat(attach(alice, id, "huge.pdf", new byte[2 * 1024 * 1024 + 10]).getStatusCode().value())
                .isIn(413, 415);
    }

    private ResponseEntity<Map> attach(OrderApi who, String id, String name, byte[] bytes) {
        org.springframework.util.MultiValueMap<String, Object> form = new org.springframework.util.LinkedMultiValueMap<>();
        form.add("file", new org.springframework.core.io.ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        org.springframework.http.HttpHeaders headers = bearer(who.token());
        headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
        return http.exchange("/api/v1/support/conversations/" + id + "/attachments", HttpMethod.POST,
                new org.springframework.http.HttpEntity<>(form, headers), Map.class);
    }

    private static org.springframework.http.HttpHeaders bearer(String token) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }

    private ResponseEntity<Map> visitor(HttpMethod method, String path, String key, Object body) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        if (key != null) {
            headers.set("X-Support-Key", key);
        }
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        return http.exchange("/api/v1/support/visitor-conversations/" + path, method,
                new org.springframework.http.HttpEntity<>(body, headers), Map.class);
    }

    @Test
    void theStaffAnswerReachesTheCustomer() {
        String id = start(alice, Map.of("text", "PIN 码没收到"));
        String staff = alice.staff("support");
        ResponseEntity<Map> answered = alice.accounts().call(HttpMethod.POST,
                "/api/v1/admin/support/conversations/" + id + "/messages", staff, Map.of("text", "已为您重新核对，请查看短信。"));
        assertThat(answered.getStatusCode().value()).as(String.valueOf(answered.getBody())).isEqualTo(201);
        assertThat(answered.getBody().get("assignedTo")).isEqualTo("support");

        Map seen = alice.ok(alice.call(HttpMethod.GET, "/api/v1/support/conversations/" + id + "?after=1", null));
        assertThat(seen.get("status")).isEqualTo("ANSWERED");
        assertThat((List<Map>) seen.get("messages")).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("from", "STAFF").containsEntry("text", "已为您重新核对，请查看短信。"));

        Map queue = alice.ok(alice.accounts().call(HttpMethod.GET, "/api/v1/admin/support/conversations", staff, null));
        assertThat((Integer) ((Map) queue.get("figures")).get("answered")).isPositive();
        String reviewer = alice.staff("reviewer");
        assertThat(alice.accounts().call(HttpMethod.GET, "/api/v1/admin/support/conversations", reviewer, null)
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void anOrderIsAttachedOnlyByItsOwner() {
        String order = alice.create("zy-interop", "ORGANIZATION");
        Map started = alice.ok(alice.call(HttpMethod.POST, "/api/v1/support/conversations",
                Map.of("text", "这个订单缺什么材料？", "orderId", order)), 201);
        assertThat(started.get("orderId")).isEqualTo(order);
        assertThat(bob.call(HttpMethod.POST, "/api/v1/support/conversations",
                Map.of("text", "看看别人的订单", "orderId", order)).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void emptyAndOverlongMessagesAreRefusedNamingTheField() {
        for (String text : List.of("  ", "长".repeat(1001))) {
            ResponseEntity<Map> refused = alice.call(HttpMethod.POST, "/api/v1/support/conversations",
                    Map.of("text", text));
            assertThat(refused.getStatusCode().value()).isEqualTo(400);
            assertThat((List<Map>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
                    .containsExactly("text");
        }
        String id = start(alice, Map.of("text", "<script>alert(1)</script>"));
        Map back = alice.ok(alice.call(HttpMethod.GET, "/api/v1/support/conversations/" + id, null));
        // kept as typed; the pages escape it (SupportPagesTests)
        assertThat((List<Map>) back.get("messages")).extracting(m -> m.get("text"))
                .containsExactly("<script>alert(1)</script>");
    }

    private static String start(OrderApi customer, Map<String, Object> body) {
        Map started = customer.ok(customer.call(HttpMethod.POST, "/api/v1/support/conversations", body), 201);
        assertThat(started.get("status")).isEqualTo("WAITING");
        return (String) started.get("id");
    }
}
