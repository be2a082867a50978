package com.certhall.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.orders.OrderId;
import com.certhall.recognition.ScanRecognition;
import com.certhall.recognition.ScanSamples;
import com.certhall.shared.Masking;
import com.certhall.shared.Uscc;
import com.certhall.support.TestEnvironment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The scans check end to end: a partner's order with a licence photo that shows another USCC (docs/review.md). */
@SuppressWarnings({"rawtypes", "unchecked"})
class ReviewScanTests extends ReviewTestBase {

    @Autowired
    ScanRecognition recognition;

    @Test
    void anOrderWhoseLicenceShowsAnotherCodeWaitsForAReviewerWithBothValues() {
        TestEnvironment.requireTool(recognition.enabled(),
                "tesseract with its chi_sim model (apt-get install tesseract-ocr tesseract-ocr-chi-sim)");
        String shown = ScanSamples.uscc("91440300MA5F8K2Q7");
        OrderId id = anOrder().withScan("BUSINESS_LICENSE", ScanSamples.licence(shown, "审核测试科技有限公司", "李法人",
                "深圳市南山区科技园1号", ScanSamples.Shot.mild(11))).inReview();
        rounds(id, 1);
        String reviewer = accounts.token("reviewer", ReviewApiTests.PASSWORD);

        ResponseEntity<List> queue = http.exchange("/api/v1/admin/reviews?status=PENDING&reason=scanMismatch",
                HttpMethod.GET, com.certhall.support.OrderApi.bearer(reviewer, "application/json"), List.class);
        assertThat(queue.getStatusCode().value()).isEqualTo(200);
        Map mine = ((List<Map>) queue.getBody()).stream().filter(t -> id.toString().equals(t.get("orderId")))
                .findFirst().orElseThrow(() -> new AssertionError("not in the queue: " + queue.getBody()));
        Map scan = ((List<Map>) mine.get("reasons")).stream().filter(r -> "scanMismatch".equals(r.get("code")))
                .findFirst().orElseThrow();
        List<String> args = (List<String>) scan.get("args");
        Map subject = (Map) ((Map) applicant.order(id.toString()).get("subject")).get("organization");
        assertThat(args).hasSize(3).startsWith("uscc").endsWith(shown);
        String entered = args.get(1);
        assertThat(Uscc.isValid(entered)).isTrue();
        assertThat(Masking.mask(entered, 4, 4)).isEqualTo(subject.get("uscc")).isNotEqualTo(Masking.mask(shown, 4, 4));
        assertThat((String) scan.get("message")).contains("统一社会信用代码", shown, entered);
        assertThat((List<Map>) mine.get("reasons")).extracting(r -> r.get("code"))
                .containsExactlyInAnyOrder("scanMismatch", "paperNeedsEyes");
    }
}
