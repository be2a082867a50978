package com.certhall.seals;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.support.KnownPortIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The seals API as an organisation's client calls it (docs/seals.md "API", "Administration"): the holder's seals and
 * their downloads, a seal user added after the carrier's check and granted a seal, 补章 and 变章 by the administrator,
 * and the administrator role handed over with the new administrator's SMS code.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
@KnownPortIntegrationTest
class SealsApiTests {

    @Autowired
    SealHolders holders;
    @Autowired
    TestRestTemplate http;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    @Autowired
    Seals seals;

    @Test
    void theAdministratorAppointsAUserChangesTheSealAndHandsOverTheRole() {
        AccountsClient accounts = holders.accounts();
        SealHolders.Holder admin = holders.register();
        SealHolders.Issued issued = holders.issue(admin, "汾河煤业有限公司");
        String seal = issued.seal().id().toString();
        String org = "/api/v1/seals/organisations/" + issued.uscc();

        List<Map> mine = list(admin, "/api/v1/seals");
        assertThat(mine).extracting(s -> s.get("esId")).containsExactly(issued.seal().esId());
        assertThat(mine.get(0)).containsEntry("status", "ACTIVE").containsEntry("kind", "OFFICIAL");
        ResponseEntity<byte[]> der = bytes(admin, "/api/v1/seals/" + seal + "/seseal");
        assertThat(der.getStatusCode().value()).isEqualTo(200);
        assertThat(der.getBody()).isEqualTo(seals.seSeal(admin.account(), issued.seal().id()));
        assertThat(der.getHeaders().getContentDisposition().getFilename()).isEqualTo(issued.seal().esId() + ".seal");
        ResponseEntity<byte[]> png = bytes(admin, "/api/v1/seals/" + seal + "/image");
        assertThat(png.getHeaders().getContentType().toString()).isEqualTo("image/png");
        assertThat(call(admin, HttpMethod.GET, "/api/v1/seals/not-a-uuid", null).getStatusCode().value())
                .isEqualTo(404);

        // a stranger sees nothing of it
        SealHolders.Holder stranger = holders.register();
        assertThat(list(stranger, "/api/v1/seals")).isEmpty();
        assertThat(call(stranger, HttpMethod.GET, "/api/v1/seals/" + seal, null).getStatusCode().value())
                .isEqualTo(404);
        assertThat(call(stranger, HttpMethod.GET, org + "/members", null).getStatusCode().value()).isEqualTo(404);

        // a seal user: the carrier's 3-factor check refuses a name that is not the mobile's owner's
        SealHolders.Staff user = holders.staff("韩用章");
        ResponseEntity<Map> mismatch = call(admin, HttpMethod.POST, org + "/members",
                Map.of("name", "韩冒名", "idNumber", user.idNumber(), "mobile", user.holder().mobile()));
        assertThat(mismatch.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map>) mismatch.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("mobile");
        ResponseEntity<Map> bad = call(admin, HttpMethod.POST, org + "/members",
                Map.of("name", "", "idNumber", "123", "mobile", "1"));
        assertThat((List<Map>) bad.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("name", "idNumber", "mobile");
        ResponseEntity<Map> added = call(admin, HttpMethod.POST, org + "/members",
                Map.of("name", user.name(), "idNumber", user.idNumber(), "mobile", user.holder().mobile()));
        assertThat(added.getStatusCode().value()).as(String.valueOf(added.getBody())).isEqualTo(201);
        assertThat(added.getBody()).containsEntry("role", "USER").containsEntry("sealIds", List.of());
        String member = (String) added.getBody().get("id");
        assertThat(list(user.holder(), "/api/v1/seals")).isEmpty();
        assertThat(call(user.holder(), HttpMethod.POST, org + "/members", Map.of("name", "x")).getStatusCode()
                .value()).isEqualTo(403);

        // granted, the user sees and may use the seal
        assertThat(call(admin, HttpMethod.PUT, org + "/members/" + member + "/seals/" + seal, null).getStatusCode()
                .value()).isEqualTo(204);
        assertThat(list(user.holder(), "/api/v1/seals")).extracting(s -> s.get("id")).containsExactly(seal);
        assertThat(seals.usableBy(user.holder().account())).extracting(UsableSeal::certificateSerial)
                .containsExactly(issued.seal().certificateSerial());

        // 补章: an invoice seal on the same certificate; a kind that is not offered is named
        ResponseEntity<Map> wrongKind = call(admin, HttpMethod.POST, "/api/v1/seals/" + seal + "/additions",
                Map.of("kind", "PERSONAL"));
        assertThat((List<Map>) wrongKind.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("kind");
        ResponseEntity<Map> invoice = call(admin, HttpMethod.POST, "/api/v1/seals/" + seal + "/additions",
                Map.of("kind", "INVOICE", "name", "汾河煤业有限公司"));
        assertThat(invoice.getStatusCode().value()).as(String.valueOf(invoice.getBody())).isEqualTo(201);
        assertThat(invoice.getBody()).containsEntry("kind", "INVOICE").containsEntry("status", "ACTIVE")
                .containsEntry("certificateSerial", issued.seal().certificateSerial());
        assertThat(call(user.holder(), HttpMethod.POST, "/api/v1/seals/" + seal + "/change", Map.of())
                .getStatusCode().value()).isEqualTo(403);

        // 变章: a new code, the old seal superseded, the user's grant carried over
        ResponseEntity<Map> changed = call(admin, HttpMethod.POST, "/api/v1/seals/" + seal + "/change",
                Map.of("kind", "OFFICIAL", "name", "汾河煤业有限公司合同专用"));
        assertThat(changed.getStatusCode().value()).as(String.valueOf(changed.getBody())).isEqualTo(201);
        assertThat(changed.getBody().get("esId")).isNotEqualTo(issued.seal().esId());
        assertThat(call(admin, HttpMethod.GET, "/api/v1/seals/" + seal, null).getBody())
                .containsEntry("status", "SUPERSEDED").containsEntry("endedReason", "CHANGED");
        assertThat(call(admin, HttpMethod.POST, "/api/v1/seals/" + seal + "/change", Map.of()).getStatusCode()
                .value()).isEqualTo(409);
        assertThat(seals.usableBy(user.holder().account())).extracting(UsableSeal::esId)
                .containsExactly((String) changed.getBody().get("esId"));

        // the hand-over: an SMS code to the new administrator; a wrong code is named, the right one completes it
        assertThat(call(admin, HttpMethod.POST, org + "/transfer", Map.of()).getStatusCode().value()).isEqualTo(400);
        ResponseEntity<Map> sent = call(admin, HttpMethod.POST, org + "/transfer", Map.of("memberId", member));
        assertThat(sent.getStatusCode().value()).as(String.valueOf(sent.getBody())).isEqualTo(201);
        String code = recorder.codeFor(user.holder().mobile());
        ResponseEntity<Map> wrong = call(user.holder(), HttpMethod.POST, org + "/transfer/confirmation",
                Map.of("smsCode", code.equals("000000") ? "111111" : "000000"));
        assertThat((List<Map>) wrong.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("smsCode");
        ResponseEntity<Map> done = call(user.holder(), HttpMethod.POST, org + "/transfer/confirmation",
                Map.of("smsCode", code));
        assertThat(done.getStatusCode().value()).as(String.valueOf(done.getBody())).isEqualTo(200);
        assertThat(done.getBody()).containsEntry("role", "ADMIN");
        assertThat(call(admin, HttpMethod.GET, org + "/members", null).getStatusCode().value()).isEqualTo(403);
        assertThat(list(user.holder(), org + "/members")).extracting(m -> m.get("role"))
                .containsExactlyInAnyOrder("ADMIN", "USER");
        // the new administrator now sees every seal of the organisation
        assertThat(list(user.holder(), "/api/v1/seals")).hasSize(3);
        // 离职: the new administrator removes the old one, who then sees nothing of the organisation
        String old = (String) list(user.holder(), org + "/members").stream()
                .filter(m -> "USER".equals(m.get("role"))).findFirst().orElseThrow().get("id");
        assertThat(call(user.holder(), HttpMethod.DELETE, org + "/members/" + old, null).getStatusCode().value())
                .isEqualTo(204);
        assertThat(list(admin, "/api/v1/seals/organisations")).isEmpty();
        assertThat(list(user.holder(), org + "/members")).extracting(m -> m.get("role")).containsExactly("ADMIN");
    }

    @Test
    void thePathsOfDocsApiServeTheSealItsUsersAndTheHandOver() {
        AccountsClient accounts = holders.accounts();
        SealHolders.Holder admin = holders.register();
        SealHolders.Issued issued = holders.issue(admin, "晋阳焦化有限公司");
        String id = issued.seal().id().toString();
        String base = "/api/v1/seals/" + id;

        // the seal as docs/api.md "Seals" writes it, its links leading to the PNG and the SESeal
        Map one = call(admin, HttpMethod.GET, base, null).getBody();
        assertThat(one).containsEntry("id", id).containsEntry("esId", issued.seal().esId())
                .containsEntry("name", issued.seal().name()).containsEntry("type", "OFFICIAL")
                .containsEntry("certificateSerials", List.of(issued.seal().certificateSerial()))
                .containsEntry("imageUrl", base + "/image.png").containsEntry("sealUrl", base + "/seal.der")
                .containsKeys("validFrom", "validTo");
        assertThat(list(admin, "/api/v1/seals").get(0)).containsEntry("sealUrl", base + "/seal.der");
        ResponseEntity<byte[]> der = bytes(admin, (String) one.get("sealUrl"));
        assertThat(der.getStatusCode().value()).isEqualTo(200);
        assertThat(der.getBody()).isEqualTo(seals.seSeal(admin.account(), issued.seal().id()));
        ResponseEntity<byte[]> png = bytes(admin, (String) one.get("imageUrl"));
        assertThat(png.getHeaders().getContentType().toString()).isEqualTo("image/png");
        assertThat(png.getBody()).isEqualTo(seals.image(admin.account(), issued.seal().id()));

        // seal users: the carrier's check for a newcomer, a precise field, 404 for strangers, 403 for non-admins
        String users = base + "/users";
        assertThat(list(admin, users)).isEmpty();
        SealHolders.Staff user = holders.staff("晋用章");
        String mobile = user.holder().mobile();
        assertThat(fields(call(admin, HttpMethod.POST, users, Map.of("name", user.name()))))
                .containsExactly("mobile");
        assertThat(fields(call(admin, HttpMethod.POST, users,
                Map.of("name", "晋冒名", "idNumber", user.idNumber(), "mobile", mobile)))).containsExactly("mobile");
        assertThat(fields(call(admin, HttpMethod.POST, users, Map.of("mobile", admin.mobile()))))
                .containsExactly("mobile");
        ResponseEntity<Map> granted = call(admin, HttpMethod.POST, users,
                Map.of("name", user.name(), "idNumber", user.idNumber(), "mobile", mobile));
        assertThat(granted.getStatusCode().value()).as(String.valueOf(granted.getBody())).isEqualTo(201);
        assertThat(granted.getBody()).containsEntry("role", "USER").containsEntry("sealIds", List.of(id));
        String member = (String) granted.getBody().get("id");
        assertThat(list(admin, users)).extracting(m -> m.get("id")).containsExactly(member);
        assertThat(list(user.holder(), "/api/v1/seals")).extracting(s -> s.get("id")).containsExactly(id);
        assertThat(call(user.holder(), HttpMethod.GET, users, null).getStatusCode().value()).isEqualTo(403);
        SealHolders.Holder stranger = holders.register();
        assertThat(call(stranger, HttpMethod.GET, users, null).getStatusCode().value()).isEqualTo(404);
        assertThat(call(stranger, HttpMethod.POST, users, Map.of("mobile", mobile)).getStatusCode().value())
                .isEqualTo(404);
        assertThat(bytes(stranger, base + "/image.png").getStatusCode().value()).isEqualTo(404);

        // withdrawn by mobile, granted again by mobile alone (already a seal user), withdrawn by member id
        assertThat(call(admin, HttpMethod.DELETE, users + "/" + mobile, null).getStatusCode().value()).isEqualTo(204);
        assertThat(list(admin, users)).isEmpty();
        assertThat(list(user.holder(), "/api/v1/seals")).isEmpty();
        ResponseEntity<Map> again = call(admin, HttpMethod.POST, users, Map.of("mobile", mobile));
        assertThat(again.getStatusCode().value()).as(String.valueOf(again.getBody())).isEqualTo(201);
        assertThat(again.getBody()).containsEntry("id", member);
        assertThat(call(admin, HttpMethod.DELETE, users + "/" + member, null).getStatusCode().value()).isEqualTo(204);
        assertThat(list(admin, users)).isEmpty();
        assertThat(call(admin, HttpMethod.DELETE, users + "/13000000000", null).getStatusCode().value())
                .isEqualTo(404);

        // the hand-over: started by mobile, confirmed on its own path with the new administrator's SMS code
        String transfers = "/api/v1/enterprises/" + issued.uscc() + "/seal-admin-transfers";
        assertThat(fields(call(admin, HttpMethod.POST, transfers, Map.of()))).containsExactly("mobile");
        assertThat(fields(call(admin, HttpMethod.POST, transfers, Map.of("mobile", stranger.mobile()))))
                .containsExactly("mobile");
        assertThat(call(user.holder(), HttpMethod.POST, transfers, Map.of("mobile", mobile)).getStatusCode().value())
                .isEqualTo(403);
        ResponseEntity<Map> started = call(admin, HttpMethod.POST, transfers, Map.of("mobile", mobile));
        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(201);
        assertThat(started.getBody()).containsEntry("status", "PENDING").containsEntry("memberId", member);
        String confirmation = transfers + "/" + started.getBody().get("id") + "/confirmation";
        String code = recorder.codeFor(mobile);
        assertThat(call(user.holder(), HttpMethod.POST, transfers + "/" + java.util.UUID.randomUUID()
                + "/confirmation", Map.of("smsCode", code)).getStatusCode().value()).isEqualTo(404);
        assertThat(fields(call(user.holder(), HttpMethod.POST, confirmation, Map.of()))).containsExactly("smsCode");
        ResponseEntity<Map> done = call(user.holder(), HttpMethod.POST, confirmation, Map.of("smsCode", code));
        assertThat(done.getStatusCode().value()).as(String.valueOf(done.getBody())).isEqualTo(200);
        assertThat(done.getBody()).containsEntry("role", "ADMIN");
        assertThat(call(admin, HttpMethod.GET, users, null).getStatusCode().value()).isEqualTo(403);
        // the new administrator sees the seal's users: the old administrator, now a seal user, was granted nothing
        assertThat(list(user.holder(), users)).isEmpty();
    }

    private static List<Object> fields(ResponseEntity<Map> problem) {
        assertThat(problem.getStatusCode().value()).as(String.valueOf(problem.getBody())).isEqualTo(400);
        return ((List<Map>) problem.getBody().get("errors")).stream().map(e -> e.get("field")).toList();
    }

    private ResponseEntity<Map> call(SealHolders.Holder who, HttpMethod method, String path, Object body) {
        return http.exchange(path, method, new HttpEntity<>(body, auth(who)), Map.class);
    }

    private List<Map> list(SealHolders.Holder who, String path) {
        ResponseEntity<List> r = http.exchange(path, HttpMethod.GET, new HttpEntity<>(auth(who)), List.class);
        assertThat(r.getStatusCode().value()).as(path).isEqualTo(200);
        return r.getBody();
    }

    private ResponseEntity<byte[]> bytes(SealHolders.Holder who, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(auth(who)), byte[].class);
    }

    private static HttpHeaders auth(SealHolders.Holder who) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(who.token());
        return headers;
    }
}
