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
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    ResponseEntity<Map<String, Object>> create(@AuthenticationPrincipal AuthenticatedUser user,
            @RequestBody CreateOrder body) {
        if (body.type() != null && !"NEW".equals(InputHygiene.compact(body.type()))) {
            throw InvalidInputException.of("type", "notSupported", "orders.type.notSupported", "type");
        }
        OrderView created = orders.start(StartOrder.of(user.id(), body.channel(), body.subjectType(),
                body.agreementAccepted(), user.auditActor()));
        return ResponseEntity.status(HttpStatus.CREATED).body(full(created.id(), user));
    }

    @GetMapping
    List<Map<String, Object>> list(@AuthenticationPrincipal AuthenticatedUser user,
            @RequestParam(required = false) @Nullable String status) {
        OrderStatus wanted = status == null || status.isBlank() ? null : parseStatus(status);
        return orders.ofAccount(user.id()).stream().filter(v -> wanted == null || v.status() == wanted)
                .map(v -> {
                    Map<String, Object> m = OrderJson.summary(v, stage(v.channel()));
                    m.put("totalFen", orders.totalFen(v.id()));
                    return m;
                }).toList();
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id) {
        return full(parse(id), user);
    }

    @PutMapping("/{id}/subject")
    Map<String, Object> subject(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestBody SubjectForm body) {
        return full(orders.saveSubject(new SaveSubject(parse(id), user.id(), body)).id(), user);
    }

    @PutMapping("/{id}/items")
    Map<String, Object> items(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestBody List<OrderCommands.ItemForm> body) {
        return full(orders.chooseProducts(new ChooseProducts(parse(id), user.id(), body)).id(), user);
    }

    @PutMapping("/{id}/invoice")
    Map<String, Object> invoice(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestBody OrderCommands.InvoiceForm body) {
        return full(orders.saveInvoice(new SaveInvoice(parse(id), user.id(), body)).id(), user);
    }

    @PutMapping("/{id}/delivery")
    Map<String, Object> delivery(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestBody OrderCommands.DeliveryForm body) {
        return full(orders.saveDelivery(new SaveDelivery(parse(id), user.id(), body)).id(), user);
    }

    @PostMapping("/{id}/signature-code")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> signatureCode(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            Locale locale, HttpServletRequest request) {
        SmsChallengeTicket ticket = orders.sendSignatureCode(parse(id), user.id(), locale, request.getRemoteAddr());
        return Map.of("challengeId", ticket.challengeId(), "expiresAt", ticket.expiresAt(), "resendAfter",
                ticket.resendAfter());
    }

    @PostMapping("/{id}/submission")
    Map<String, Object> submit(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestBody Submission body) {
        return full(orders.submit(new SubmitOrder(parse(id), user.id(), body.smsCode(), body.agreementAccepted(),
                user.auditActor())).id(), user);
    }

    @PostMapping("/{id}/cancellation")
    Map<String, Object> cancel(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestBody(required = false) @Nullable Cancellation body) {
        return full(orders.cancel(new CancelOrder(parse(id), user.id(), body == null ? null : body.reason(),
                user.auditActor())).id(), user);
    }

    @PostMapping("/{id}/authorization/sms-link")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> authorizationLink(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            Locale locale) {
        Instant expires = authorization.requestLink(parse(id), user.id(), locale, user.auditActor());
        return Map.of("expiresAt", expires);
    }

    private Map<String, Object> full(OrderId id, AuthenticatedUser user) {
        OrderDetails details = orders.detailsOwned(id, user.id());
        Map<String, Object> json = OrderJson.full(details, stage(details.order().channel()));
        // who must still pass an identity check (or hand it to a reviewer) before the order can be submitted
        json.put("unverifiedParties", details.order().status().isEditable() ? orders.unverifiedParties(id) : List.of());
        json.put("certificates", facts.stream().flatMap(f -> f.certificates(id).stream()).toList());
        json.put("payment", facts.stream().flatMap(f -> f.payment(id).stream()).findFirst().orElse(null));
        return json;
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
