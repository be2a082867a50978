package com.certhall.orders.rest;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.orders.OrderCommands.ChooseProducts;
import com.certhall.orders.OrderCommands.SaveDelivery;
import com.certhall.orders.OrderCommands.SaveInvoice;
import com.certhall.orders.OrderCommands.SaveSubject;
import com.certhall.orders.OrderCommands.SubmitOnPaper;
import com.certhall.orders.OrderCommands.SubmitOrder;
import com.certhall.orders.OrderCommands;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.SubjectForm;
import com.certhall.orders.domain.AuthorizationLinks;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steps of an applicant's order between creation and submission (docs/development.md, "API"): subject, products,
 * invoice, delivery, the online authorization link, the signature code and the submission. Each answers the order.
 */
@RestController
@RequestMapping("/api/v1/orders")
@PreAuthorize("hasRole('APPLICANT')")
class OrderStepsApi {

    private final OrderManagement orders;
    private final AuthorizationLinks authorization;
    private final OrderResponses responses;

    OrderStepsApi(OrderManagement orders, AuthorizationLinks authorization, OrderResponses responses) {
        this.orders = orders;
        this.authorization = authorization;
        this.responses = responses;
    }

    record Submission(@Nullable String smsCode, @Nullable Boolean agreementAccepted) {
    }

    @PutMapping("/{id}/subject")
    @Operation(summary = "Saves the organisation with its legal representative and handler, or the person")
    OrderJson subject(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestBody SubjectForm body) {
        return responses.full(orders.saveSubject(new SaveSubject(id(id), user.id(), body)).id(), user.id());
    }

    @PutMapping("/{id}/items")
    @Operation(summary = "Saves the products, each quoted by the catalog (a holder CSR where the channel allows)")
    OrderJson items(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestBody List<OrderCommands.ItemForm> body) {
        return responses.full(orders.chooseProducts(new ChooseProducts(id(id), user.id(), body)).id(), user.id());
    }

    @PutMapping("/{id}/invoice")
    @Operation(summary = "Saves whether an invoice is wanted and the buyer's details")
    OrderJson invoice(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestBody OrderCommands.InvoiceForm body) {
        return responses.full(orders.saveInvoice(new SaveInvoice(id(id), user.id(), body)).id(), user.id());
    }

    @PutMapping("/{id}/delivery")
    @Operation(summary = "Saves how a UKEY reaches the applicant; after submission, changes the mailing address")
    OrderJson delivery(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestBody OrderCommands.DeliveryForm body) {
        return responses.full(orders.saveDelivery(new SaveDelivery(id(id), user.id(), body)).id(), user.id());
    }

    @PostMapping("/{id}/signature-code")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Sends the signature's SMS code to the handler's mobile")
    SmsChallengeTicket signatureCode(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            Locale locale, HttpServletRequest request) {
        return orders.sendSignatureCode(id(id), user.id(), locale, request.getRemoteAddr());
    }

    @PostMapping("/{id}/submission")
    @Operation(summary = "Signs with the SMS code and submits; the order goes on to payment, review or its checks")
    OrderJson submit(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestBody Submission body, Locale locale) {
        return responses.full(orders.submit(new SubmitOrder(id(id), user.id(), body.smsCode(), body.agreementAccepted(),
                locale, user.auditActor())).id(), user.id());
    }

    @PostMapping("/{id}/paper-submission")
    @Operation(summary = "Submits a draft on the paper path (after POST .../offline) with its printed form; the "
            + "order then waits for its paper (AWAITING_PAPER)")
    OrderJson submitOnPaper(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            Locale locale) {
        return responses.full(orders.submitOnPaper(new SubmitOnPaper(id(id), user.id(), locale, user.auditActor()))
                .id(), user.id());
    }

    @PostMapping("/{id}/authorization/sms-link")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Sends the legal representative an SMS link to sign the authorization letter online")
    OrderJson.LinkSent authorizationLink(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            Locale locale) {
        Instant expires = authorization.requestLink(id(id), user.id(), locale, user.auditActor());
        return new OrderJson.LinkSent(expires);
    }

    private static OrderId id(String raw) {
        return OrderResponses.parse(raw);
    }
}
