package com.certhall.orders.rest;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.VerificationStage;
import com.certhall.orders.OrderCommands.CancelOrder;
import com.certhall.orders.OrderCommands.ChooseProducts;
import com.certhall.orders.OrderCommands.SaveDelivery;
import com.certhall.orders.OrderCommands.SaveInvoice;
import com.certhall.orders.OrderCommands.SaveSubject;
import com.certhall.orders.OrderCommands.StartOrder;
import com.certhall.orders.OrderCommands.SubmitOrder;
import com.certhall.orders.OrderCommands;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderFacts;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.orders.SubjectForm;
import com.certhall.orders.domain.AuthorizationLinks;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicant's orders (docs/development.md, "API"): create, each step, signature, submission, list, detail, cancel.
 */
@RestController
@RequestMapping("/api/v1/orders")
@PreAuthorize("hasRole('APPLICANT')")
class OrdersApi {

    private final OrderManagement orders;
    private final AuthorizationLinks authorization;
    private final CatalogManagement catalog;
    private final List<OrderFacts> facts;

    OrdersApi(OrderManagement orders, AuthorizationLinks authorization, CatalogManagement catalog,
            List<OrderFacts> facts) {
        this.orders = orders;
        this.authorization = authorization;
        this.catalog = catalog;
        this.facts = facts;
    }

    record CreateOrder(@Nullable String channel, @Nullable String type, @Nullable String subjectType,
            @Nullable Boolean agreementAccepted) {
    }

    record Submission(@Nullable String smsCode, @Nullable Boolean agreementAccepted) {
    }

    record Cancellation(@Nullable String reason) {
    }

    @PostMapping
    @Operation(summary = "Creates a draft order (agreement accepted) for an organisation or a person")
    @ApiResponse(responseCode = "201", description = "The new draft order")
    ResponseEntity<OrderJson> create(@AuthenticationPrincipal AuthenticatedUser user,
            @RequestBody CreateOrder body) {
        if (body.type() != null && !"NEW".equals(InputHygiene.compact(body.type()))) {
            throw InvalidInputException.of("type", "notSupported", "orders.type.notSupported", "type");
        }
        OrderView created = orders.start(StartOrder.of(user.id(), body.channel(), body.subjectType(),
                body.agreementAccepted(), user.auditActor()));
        return ResponseEntity.status(HttpStatus.CREATED).body(full(created.id(), user));
    }

    @GetMapping
    @Operation(summary = "The applicant's orders, newest first, optionally of one status")
    List<OrderJson.Summary> list(@AuthenticationPrincipal AuthenticatedUser user,
            @RequestParam(required = false) @Nullable String status) {
        OrderStatus wanted = status == null || status.isBlank() ? null : parseStatus(status);
        return orders.ofAccount(user.id()).stream().filter(v -> wanted == null || v.status() == wanted)
                .map(v -> OrderJson.Summary.of(v, stage(v.channel()), orders.totalFen(v.id()))).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the applicant's orders with everything entered, its history, payment and certificates")
    OrderJson get(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id) {
        return full(parse(id), user);
    }

    @PutMapping("/{id}/subject")
    @Operation(summary = "Saves the organisation with its legal representative and handler, or the person")
    OrderJson subject(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestBody SubjectForm body) {
        return full(orders.saveSubject(new SaveSubject(parse(id), user.id(), body)).id(), user);
    }

    @PutMapping("/{id}/items")
    @Operation(summary = "Saves the products, each quoted by the catalog (a holder CSR where the channel allows)")
    OrderJson items(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestBody List<OrderCommands.ItemForm> body) {
        return full(orders.chooseProducts(new ChooseProducts(parse(id), user.id(), body)).id(), user);
    }

    @PutMapping("/{id}/invoice")
    @Operation(summary = "Saves whether an invoice is wanted and the buyer's details")
    OrderJson invoice(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestBody OrderCommands.InvoiceForm body) {
        return full(orders.saveInvoice(new SaveInvoice(parse(id), user.id(), body)).id(), user);
    }

    @PutMapping("/{id}/delivery")
    @Operation(summary = "Saves how a UKEY reaches the applicant; after submission, changes the mailing address")
    OrderJson delivery(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestBody OrderCommands.DeliveryForm body) {
        return full(orders.saveDelivery(new SaveDelivery(parse(id), user.id(), body)).id(), user);
    }

    @PostMapping("/{id}/signature-code")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Sends the signature's SMS code to the handler's mobile")
    SmsChallengeTicket signatureCode(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            Locale locale, HttpServletRequest request) {
        return orders.sendSignatureCode(parse(id), user.id(), locale, request.getRemoteAddr());
    }

    @PostMapping("/{id}/submission")
    @Operation(summary = "Signs with the SMS code and submits; the order goes on to payment, review or its checks")
    OrderJson submit(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestBody Submission body) {
        return full(orders.submit(new SubmitOrder(parse(id), user.id(), body.smsCode(), body.agreementAccepted(),
                user.auditActor())).id(), user);
    }

    @PostMapping("/{id}/cancellation")
    @Operation(summary = "Cancels the order (a paid order is refunded)")
    OrderJson cancel(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestBody(required = false) @Nullable Cancellation body) {
        return full(orders.cancel(new CancelOrder(parse(id), user.id(), body == null ? null : body.reason(),
                user.auditActor())).id(), user);
    }

    @PostMapping("/{id}/authorization/sms-link")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Sends the legal representative an SMS link to sign the authorization letter online")
    OrderJson.LinkSent authorizationLink(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            Locale locale) {
        Instant expires = authorization.requestLink(parse(id), user.id(), locale, user.auditActor());
        return new OrderJson.LinkSent(expires);
    }

    private OrderJson full(OrderId id, AuthenticatedUser user) {
        OrderDetails details = orders.detailsOwned(id, user.id());
        // who must still pass an identity check (or hand it to a reviewer) before the order can be submitted
        List<String> unverified = details.order().status().isEditable() ? orders.unverifiedParties(id) : List.of();
        return OrderJson.of(details, stage(details.order().channel()), unverified,
                facts.stream().flatMap(f -> f.certificates(id).stream()).toList(),
                facts.stream().flatMap(f -> f.payment(id).stream()).findFirst().orElse(null));
    }

    private VerificationStage stage(String channel) {
        return catalog.findChannel(channel).map(ChannelRules::verificationStage)
                .orElse(VerificationStage.AFTER_SUBMISSION);
    }

    static OrderId parse(String id) {
        try {
            return new OrderId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("order", id);
        }
    }

    private static OrderStatus parseStatus(String raw) {
        try {
            return OrderStatus.valueOf(InputHygiene.compact(raw));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "unknown", "orders.status.unknown", "status");
        }
    }
}
