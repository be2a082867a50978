package com.certhall.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.orders.OrderId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The two staff calls with real staff tokens: the queue and the decision, their refusals and problem details. */
@SuppressWarnings({"rawtypes", "unchecked"})
class ReviewApiTests extends ReviewTestBase {

    static final String PASSWORD = "Sandbox-2026!";

    @Test
    void aReviewerSeesTheQueueRejectsWithAReasonAndCannotDecideTwice() {
        OrderId id = anOrder().inReview();
        rounds(id, 1);
        String reviewer = accounts.token("reviewer", PASSWORD);

        ResponseEntity<List> queue = get("/api/v1/admin/reviews?status=PENDING&channel=zy-interop", reviewer);
        assertThat(queue.getStatusCode().value()).isEqualTo(200);
        Map mine = ((List<Map>) queue.getBody()).stream().filter(t -> id.toString().equals(t.get("orderId")))
                .findFirst().orElseThrow(() -> new AssertionError("not in the queue: " + queue.getBody()));
        assertThat(mine.get("status")).isEqualTo("PENDING");
        assertThat(mine.get("channel")).isEqualTo("zy-interop");
        assertThat((List<Map>) mine.get("reasons")).extracting(r -> r.get("code"))
                .containsExactly("paperNeedsEyes");
        assertThat(mine.toString()).doesNotContain(mobile);

        ResponseEntity<Map> noReason = post("/api/v1/admin/reviews/" + id + "/decision",
                Map.of("decision", "REJECT"), reviewer);
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map>) noReason.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("reason");
        ResponseEntity<Map> badDecision = post("/api/v1/admin/reviews/" + id + "/decision",
                Map.of("decision", "MAYBE"), reviewer);
        assertThat(badDecision.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map>) badDecision.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("decision");

        ResponseEntity<Map> rejected = post("/api/v1/admin/reviews/" + id + "/decision",
                Map.of("decision", "REJECT", "reason", "身份证复印件未加盖公章"), reviewer);
        assertThat(rejected.getStatusCode().value()).as(String.valueOf(rejected.getBody())).isEqualTo(200);
        assertThat(rejected.getBody().get("status")).isEqualTo("REJECTED");
        assertThat(rejected.getBody().get("decidedBy")).isEqualTo("staff:reviewer");
        assertThat(applicant.order(id.toString()).get("status")).isEqualTo("REJECTED");

        ResponseEntity<Map> again = post("/api/v1/admin/reviews/" + id + "/decision",
                Map.of("decision", "APPROVE"), reviewer);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat((String) again.getBody().get("detail")).contains("不在待审核状态");
    }

    @Test
    void onlyReviewersAndAdminsMayReviewAndAnOrderNotInReviewIsAConflict() {
        OrderId id = anOrder().awaitingPayment();
        String finance = accounts.token("finance", PASSWORD);
        assertThat(status("/api/v1/admin/reviews", finance)).isEqualTo(403);
        assertThat(post("/api/v1/admin/reviews/" + id + "/decision", Map.of("decision", "APPROVE"), finance)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(status("/api/v1/admin/reviews", applicant.token())).isIn(401, 403);
        assertThat(status("/api/v1/admin/reviews", null)).isEqualTo(401);

        String admin = accounts.token("admin", PASSWORD);
        assertThat(get("/api/v1/admin/reviews", admin).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<Map> notInReview = post("/api/v1/admin/reviews/" + id + "/decision",
                Map.of("decision", "APPROVE"), admin);
        assertThat(notInReview.getStatusCode().value()).isEqualTo(409);
        assertThat(applicant.order(id.toString()).get("status")).isEqualTo("PENDING_PAYMENT");
    }

    private ResponseEntity<List> get(String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), List.class);
    }

    private int status(String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode().value();
    }

    private ResponseEntity<Map> post(String path, Object body, String token) {
        return accounts.call(HttpMethod.POST, path, token, body);
    }
}
