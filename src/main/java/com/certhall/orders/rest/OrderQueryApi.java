package com.certhall.orders.rest;

import com.certhall.orders.OrderView;
import com.certhall.orders.domain.OrderQueries;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/order-queries {subjectCode, mobile, smsCode}}: a subject's orders without login, for the
 * handler or legal representative who proves his mobile with a QUERY code from {@code /api/v1/sms-challenges}.
 */
@RestController
class OrderQueryApi {

    private final OrderQueries queries;

    OrderQueryApi(OrderQueries queries) {
        this.queries = queries;
    }

    record QueryBody(String subjectCode, String mobile, String smsCode) {
    }

    /** What the lookup shows of an order: no names or identifiers, only where it stands. */
    record FoundOrder(String id, String number, String channel, String type, String status, Instant createdAt,
            Instant updatedAt) {

        static FoundOrder of(OrderView v) {
            return new FoundOrder(v.id().toString(), v.number(), v.channel(), v.type().name(), v.status().name(),
                    v.createdAt(), v.updatedAt());
        }
    }

    @PostMapping("/api/v1/order-queries")
    @Operation(summary = "Finds a subject's orders without login, proven by an SMS code to the handler's mobile")
    List<FoundOrder> query(@RequestBody QueryBody body) {
        return queries.query(body.subjectCode(), body.mobile(), body.smsCode()).stream().map(FoundOrder::of).toList();
    }
}
