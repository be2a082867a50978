package com.certhall.orders.rest;

import com.certhall.orders.OrderId;
import com.certhall.orders.OrderView;
import com.certhall.orders.domain.PaperPost;
import com.certhall.shared.Caller;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Paper materials by post: the applicant's {@code GET/PUT /api/v1/orders/{id}/paper-mailing {carrier,
 * trackingNumber}} (with the address to send to), staff's list of awaited paper and
 * {@code POST /api/v1/admin/orders/{id}/paper-receipt}.
 */
@RestController
class PaperMailingApi {

    private final PaperPost paper;

    PaperMailingApi(PaperPost paper) {
        this.paper = paper;
    }

    record MailingBody(String carrier, String trackingNumber) {
    }

    @GetMapping("/api/v1/orders/{id}/paper-mailing")
    @Operation(summary = "Whether the order needs its paper materials mailed, where to, and what was recorded")
    @PreAuthorize("hasRole('APPLICANT')")
    PaperPost.Status status(@PathVariable UUID id, @AuthenticationPrincipal Caller caller) {
        return paper.status(new OrderId(id), caller.id());
    }

    @PutMapping("/api/v1/orders/{id}/paper-mailing")
    @Operation(summary = "Records the carrier and tracking number of the mailed paper materials")
    @PreAuthorize("hasRole('APPLICANT')")
    PaperPost.Status mailed(@PathVariable UUID id, @RequestBody MailingBody body,
            @AuthenticationPrincipal Caller caller) {
        return paper.mailed(new OrderId(id), caller.id(), body.carrier(), body.trackingNumber(),
                caller.auditActor());
    }

    @GetMapping("/api/v1/admin/paper")
    @Operation(summary = "Orders whose paper materials are awaited (OPERATOR)")
    @PreAuthorize("hasAnyRole('OPERATOR', 'REVIEWER', 'ADMIN')")
    List<OrderView> awaited() {
        return paper.awaited();
    }

    @PostMapping("/api/v1/admin/orders/{id}/paper-receipt")
    @Operation(summary = "Records that the order's paper materials arrived (OPERATOR)")
    @PreAuthorize("hasAnyRole('OPERATOR', 'REVIEWER', 'ADMIN')")
    PaperPost.Status received(@PathVariable UUID id, @AuthenticationPrincipal Caller caller) {
        return paper.received(new OrderId(id), caller.auditActor());
    }
}
