package com.certhall.orders.rest;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.orders.OrderCommands.CancelOrder;
import com.certhall.orders.OrderCommands.StartOrder;
import com.certhall.orders.OrderCommands.StartSealOrder;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicant's orders (docs/development.md, "API"): create, list, detail, cancel. The steps in between are
 * {@link OrderStepsApi}'s.
 */
@RestController
@RequestMapping("/api/v1/orders")
@PreAuthorize("hasRole('APPLICANT')")
class OrdersApi {

    private final OrderManagement orders;
    private final OrderResponses responses;

    OrdersApi(OrderManagement orders, OrderResponses responses) {
        this.orders = orders;
        this.responses = responses;
    }

    record CreateOrder(@Nullable String channel,
            @Schema(description = "NEW (default), RENEWAL, CHANGE, REISSUE, UNLOCK, REVOCATION, SEAL_ADDITION (补章) "
                    + "or SEAL_CHANGE (变章).") @Nullable String type,
            @Schema(description = "ORGANIZATION or PERSON; NEW orders only.") @Nullable String subjectType,
            @Schema(description = "The certificate a lifecycle order acts on (hex); lifecycle types only.")
            @Nullable String certificateSerial,
            @Schema(description = "REVOCATION only: KEY_COMPROMISE, AFFILIATION_CHANGED, SUPERSEDED, "
                    + "CESSATION_OF_OPERATION or UNSPECIFIED (RFC 5280 §5.3.1).") @Nullable String reason,
            @Nullable Boolean agreementAccepted,
            @Schema(description = "SEAL_ADDITION and SEAL_CHANGE only: the seal the order starts from.")
            @Nullable String sealId,
            @Schema(description = "SEAL_ADDITION and SEAL_CHANGE only: OFFICIAL (default) or INVOICE.")
            @Nullable String sealKind,
            @Schema(description = "SEAL_ADDITION and SEAL_CHANGE only: the name on the new seal (default the "
                    + "organisation's), at most 24 characters.") @Nullable String sealName) {
    }

    record Cancellation(@Nullable String reason) {
    }

    @PostMapping
    @Operation(summary = "Creates a draft order (agreement accepted): a new one for an organisation or a person, or "
            + "a lifecycle order (renewal, change, reissue, revocation) on one of the applicant's certificates, or a seal "
            + "order (补章, 变章) on a seal the applicant administers")
    @ApiResponse(responseCode = "201", description = "The new draft order")
    @ApiResponse(responseCode = "409", description = "The certificate does not allow that order now (why and from "
            + "when), or the subject already has an order in progress")
    ResponseEntity<OrderJson> create(@AuthenticationPrincipal AuthenticatedUser user,
            @RequestBody CreateOrder body) {
        OrderView created = StartSealOrder.named(body.type())
                ? orders.start(StartSealOrder.of(user.id(), body.type(), body.sealId(), body.sealKind(),
                        body.sealName(), body.agreementAccepted(), user.auditActor()))
                : orders.start(StartOrder.of(user.id(), body.channel(), body.type(), body.subjectType(),
                body.certificateSerial(), body.reason(), body.agreementAccepted(), user.auditActor()));
        return ResponseEntity.status(HttpStatus.CREATED).body(responses.full(created.id(), user.id()));
    }

    @GetMapping
    @Operation(summary = "The applicant's orders, newest first, optionally of one status")
    List<OrderJson.Summary> list(@AuthenticationPrincipal AuthenticatedUser user,
            @RequestParam(required = false) @Nullable String status) {
        OrderStatus wanted = status == null || status.isBlank() ? null : parseStatus(status);
        return responses.summaries(user.id(), wanted);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the applicant's orders with everything entered, its history, payment and certificates")
    OrderJson get(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id) {
        return responses.full(id(id), user.id());
    }

    @PostMapping("/{id}/cancellation")
    @Operation(summary = "Cancels the order (a paid order is refunded)")
    OrderJson cancel(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestBody(required = false) @Nullable Cancellation body) {
        return responses.full(orders.cancel(new CancelOrder(id(id), user.id(), body == null ? null : body.reason(),
                user.auditActor())).id(), user.id());
    }

    private static OrderStatus parseStatus(String raw) {
        try {
            return OrderStatus.valueOf(InputHygiene.compact(raw));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "unknown", "orders.status.unknown", "status");
        }
    }

    private static OrderId id(String raw) {
        return OrderResponses.parse(raw);
    }
}
