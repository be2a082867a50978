package com.certhall.orders.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.orders.Identities;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** One applicant driving the orders API with a bearer token. */
@SuppressWarnings({"rawtypes", "unchecked"})
record OrderClient(TestRestTemplate http, AccountsClient accounts, String token) {

    static OrderClient register(TestRestTemplate http, AccountsClient accounts) {
        String login = "u" + Long.toString(System.nanoTime(), 36);
        accounts.registerPerson(login);
        return new OrderClient(http, accounts, accounts.token(login, AccountsClient.PASSWORD));
    }

    ResponseEntity<Map> call(HttpMethod method, String path, Object body) {
        return accounts.call(method, path, token, body);
    }

    ResponseEntity<List> list(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), List.class);
    }

    ResponseEntity<byte[]> bytes(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    String create(String channel, String subjectType) {
        ResponseEntity<Map> created = call(HttpMethod.POST, "/api/v1/orders",
                Map.of("channel", channel, "type", "NEW", "subjectType", subjectType, "agreementAccepted", true));
        assertThat(created.getStatusCode().value()).as("create: " + created.getBody()).isEqualTo(201);
        return (String) created.getBody().get("id");
    }

    ResponseEntity<Map> put(String id, String step, Object body) {
        return call(HttpMethod.PUT, "/api/v1/orders/" + id + "/" + step, body);
    }

    Map ok(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
        return response.getBody();
    }

    ResponseEntity<Map> upload(String id, String kind, String fileName, byte[] bytes) {
        return multipart(HttpMethod.POST, "/api/v1/orders/" + id + "/documents", kind, fileName, bytes);
    }

    ResponseEntity<Map> multipart(HttpMethod method, String path, String kind, String fileName, byte[] bytes) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        if (kind != null) {
            form.add("kind", kind);
        }
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return http.exchange(path, method, new HttpEntity<>(form, headers), Map.class);
    }

    static Map<String, Object> party(String name, String idNumber, String mobile, String email) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", name);
        p.put("idType", "RESIDENT_ID");
        p.put("idNumber", idNumber);
        p.put("mobile", mobile);
        p.put("email", email);
        p.put("address", "北京市海淀区中关村大街 1 号");
        p.put("department", "信息部");
        return p;
    }

    /** An organisation whose handler is not the legal representative; the handler's mobile is {@code mobile}. */
    static Map<String, Object> organization(String uscc, String handlerMobile, boolean handlerIsLegalRep) {
        Map<String, Object> org = new HashMap<>();
        org.put("name", "测试科技有限公司");
        org.put("uscc", uscc);
        org.put("address", "北京市海淀区中关村大街 1 号");
        org.put("legalRep", party("李法人", Identities.residentId(),
                handlerIsLegalRep ? handlerMobile : AccountsTestSupport.newMobile(), null));
        Map<String, Object> body = new HashMap<>();
        body.put("organization", org);
        body.put("handler", party("王经办", Identities.residentId(), handlerMobile, "wang@example.com"));
        body.put("handlerIsLegalRep", handlerIsLegalRep);
        return body;
    }

    static Map<String, Object> person(String mobile) {
        return Map.of("person", party("赵个人", Identities.residentId(), mobile, "zhao@example.com"));
    }

    static List<String> fields(ResponseEntity<Map> problem) {
        List<Map<String, String>> errors = (List<Map<String, String>>) problem.getBody().get("errors");
        return errors == null ? List.of() : errors.stream().map(e -> e.get("field")).toList();
    }
}
