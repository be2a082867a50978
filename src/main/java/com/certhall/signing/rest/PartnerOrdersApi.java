package com.certhall.signing.rest;

import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.shared.Caller;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.PageOf;
import com.certhall.signing.domain.PartnerPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The orders of a partner's channel (docs/api.md, "Partner orders"): read with the partner client's access token
 * under the scope {@code orders:read} ({@link PartnerApiSecurity}); an order of another channel is not found.
 */
@RestController
class PartnerOrdersApi {

    static final int DEFAULT_SIZE = 20;

    private final OrderManagement orders;

    PartnerOrdersApi(OrderManagement orders) {
        this.orders = orders;
    }

    @Schema(name = "PartnerOrder", description = "An order of the partner's channel; an individual's name is masked.")
    record PartnerOrder(UUID id, String number,
            @Schema(description = "DRAFT, SUBMITTED, PENDING_PAYMENT, PENDING_REVIEW, REJECTED, AWAITING_PAPER, "
                    + "APPROVED, ISSUING, ISSUED, SHIPPED, COMPLETED or CANCELLED") String status,
            @Schema(description = "The products chosen, empty until chosen") List<String> productCodes,
            String channelCode, @Schema(description = "ORGANIZATION or PERSON") String subjectType,
            @Schema(description = "The subject's name; a person's masked (张*); empty until entered")
            String subjectName, Instant createdAt, Instant updatedAt) {

        static PartnerOrder of(OrderView.ForChannel o) {
            return new PartnerOrder(o.id().id(), o.number(), o.status().name(), o.productCodes(), o.channel(),
                    o.subjectType().name(), o.subjectName(), o.createdAt(), o.updatedAt());
        }
    }

    @Schema(name = "PartnerOrderPage", description = "A page of the channel's orders, newest first.")
    record PartnerOrderPage(List<PartnerOrder> items, int page, int size, long total) {
    }

    @GetMapping("/api/v1/partner/orders")
    @Operation(summary = "The partner channel's orders, newest first (scope orders:read); page from 0, size 1-100, "
            + "status and updatedSince (ISO-8601) filter")
    PartnerOrderPage list(@RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String size,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String updatedSince, Caller caller) {
        PartnerPrincipal partner = partner(caller);
        List<FieldViolation> violations = new ArrayList<>();
        int number = number("page", page, 0, 0, Integer.MAX_VALUE, violations);
        int perPage = number("size", size, DEFAULT_SIZE, 1, OrderView.ForChannel.Query.MAX_SIZE, violations);
        OrderStatus wanted = status(status, violations);
        Instant since = since(updatedSince, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        PageOf<OrderView.ForChannel> found = orders.ofChannel(new OrderView.ForChannel.Query(partner.channel(), wanted,
                since, number, perPage));
        return new PartnerOrderPage(found.items().stream().map(PartnerOrder::of).toList(), found.page(),
                found.size(), found.total());
    }

    @GetMapping("/api/v1/partner/orders/{id}")
    @Operation(summary = "One order of the partner's channel (scope orders:read); another channel's is 404")
    PartnerOrder get(@PathVariable UUID id, Caller caller) {
        PartnerPrincipal partner = partner(caller);
        var details = orders.details(new OrderId(id));
        if (!details.order().channel().equals(partner.channel())) {
            // another channel's order is answered as one that does not exist
            throw new NotFoundException("order", id.toString());
        }
        return PartnerOrder.of(OrderView.ForChannel.of(details.order(), details.draft()));
    }

    private static PartnerPrincipal partner(Caller caller) {
        if (caller instanceof PartnerPrincipal partner) {
            return partner;
        }
        throw new AccessDeniedException("a partner client's token is required");
    }

    private static int number(String field, @Nullable String value, int absent, int min, int max,
            List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, as one out of range
        }
        violations.add(max == Integer.MAX_VALUE
                ? FieldViolation.of(field, "range", "validation.signing.partnerOrders.page", field)
                : FieldViolation.of(field, "range", "validation.signing.rate", field, min, max));
        return absent;
    }

    private static @Nullable OrderStatus status(@Nullable String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OrderStatus.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            violations.add(FieldViolation.of("status", "enum", "validation.signing.partnerOrders.status", "status",
                    String.join(", ", Arrays.stream(OrderStatus.values()).map(Enum::name).toList())));
            return null;
        }
    }

    private static @Nullable Instant since(@Nullable String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // an unencoded + of an offset arrives as a space in a query string
            return OffsetDateTime.parse(value.trim().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            violations.add(FieldViolation.of("updatedSince", "format",
                    "validation.signing.partnerOrders.updatedSince", "updatedSince"));
            return null;
        }
    }
}
