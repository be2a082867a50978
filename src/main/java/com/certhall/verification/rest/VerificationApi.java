package com.certhall.verification.rest;

import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.shared.Caller;
import com.certhall.shared.ConflictException;
import com.certhall.verification.VerificationAnswer;
import com.certhall.verification.VerificationId;
import com.certhall.verification.VerificationManagement;
import com.certhall.verification.VerificationView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/orders/{id}/verifications/...} and {@code /offline} (docs/development.md, "API"). Only the order's
 * owner reaches its verifications; anything else is 404. Ownership is checked against the signed-in applicant's
 * account.
 */
@RestController
@RequestMapping("/api/v1/orders/{orderId}")
class VerificationApi {

    private final VerificationManagement verifications;
    private final OrderManagement orders;

    VerificationApi(VerificationManagement verifications, OrderManagement orders) {
        this.verifications = verifications;
        this.orders = orders;
    }

    /**
     * Starts a check of one party of the order by a method its channel offers; names, ID numbers and mobiles come
     * from the order's subject step. → 201 with the case ({@code attemptsLeft}, {@code expiresAt}, face URLs).
     */
    @PostMapping("/verifications")
    @Operation(summary = "Starts an identity check of one party of the order by a method its channel offers")
    @ResponseStatus(HttpStatus.CREATED)
    VerificationJson start(@PathVariable UUID orderId, @RequestBody StartRequest body,
            Caller user, Locale locale) {
        OrderDetails details = orders.detailsOwned(new OrderId(orderId), user.id());
        if (details.draft().subject() == null) {
            throw new ConflictException("orders.step.missing.subject", "step first: subject");
        }
        if (body.party() != null && body.method() != null) {
            orders.requireVerificationOffered(details.id(), body.party().name(), body.method().name());
        }
        return VerificationJson.of(verifications.start(body.toCommand(details.id(), details.draft().subject(),
                user.auditActor(), locale)));
    }

    @GetMapping("/verifications")
    @Operation(summary = "The identity checks of the order")
    List<VerificationJson> list(@PathVariable UUID orderId,
            Caller user) {
        OrderId order = owned(orderId, user.id());
        return verifications.ofOrder(order).stream().map(VerificationJson::of).toList();
    }

    @GetMapping("/verifications/{verificationId}")
    @Operation(summary = "One identity check of the order")
    VerificationJson get(@PathVariable UUID orderId, @PathVariable UUID verificationId,
            Caller user) {
        return VerificationJson.of(ofOrder(orderId, verificationId, user.id()));
    }

    /** {@code {amountFen}} or {@code {smsCode}}. */
    record AnswerRequest(@Nullable Long amountFen, @Nullable String smsCode) {
    }

    @PostMapping("/verifications/{verificationId}/answers")
    @Operation(summary = "Answers a check: the micro-deposit amount or the SMS code")
    VerificationJson answer(@PathVariable UUID orderId, @PathVariable UUID verificationId,
            @RequestBody AnswerRequest body, Caller user) {
        VerificationView v = ofOrder(orderId, verificationId, user.id());
        return VerificationJson.of(verifications.answer(v.id(), new VerificationAnswer(body.amountFen(),
                body.smsCode()), user.auditActor()));
    }

    /** A new SMS code for a pending 3- or 4-factor check (429 while the resend interval runs). */
    @PostMapping("/verifications/{verificationId}/codes")
    @Operation(summary = "Sends a new SMS code for a pending 3- or 4-factor check")
    VerificationJson resend(@PathVariable UUID orderId, @PathVariable UUID verificationId,
            Caller user) {
        VerificationView v = ofOrder(orderId, verificationId, user.id());
        return VerificationJson.of(verifications.resendCode(v.id()));
    }

    @PostMapping("/verifications/{verificationId}/skip")
    @Operation(summary = "Skips a micro-deposit check: a reviewer decides instead (MANUAL)")
    VerificationJson skip(@PathVariable UUID orderId, @PathVariable UUID verificationId,
            Caller user) {
        VerificationView v = ofOrder(orderId, verificationId, user.id());
        return VerificationJson.of(verifications.skip(v.id(), user.auditActor()));
    }

    record OfflineJson(String orderId, @Schema(description = "The order number shown to people.") String number,
            @Schema(description = "DRAFT: go on with products, invoice and delivery, then POST "
                    + "/api/v1/orders/{id}/paper-submission; AWAITING_PAPER: mail the paper") OrderStatus status,
            boolean onPaper) {
    }

    /**
     * The paper path: a draft goes on with the steps paper does not replace and is then submitted on paper; a
     * submitted order waits in {@code AWAITING_PAPER} for the stamped form at once.
     */
    @PostMapping("/offline")
    @Operation(summary = "Switches the order to the paper path (a draft stays DRAFT until its paper submission)")
    OfflineJson offline(@PathVariable UUID orderId, Caller user) {
        OrderId order = owned(orderId, user.id());
        var view = orders.goOffline(order, user.auditActor());
        return new OfflineJson(view.id().toString(), view.number(), view.status(), view.onPaper());
    }

    private OrderId owned(UUID orderId, UUID account) {
        return orders.getOwned(new OrderId(orderId), account).id();
    }

    private VerificationView ofOrder(UUID orderId, UUID verificationId, UUID account) {
        return verifications.statusOwned(new OrderId(orderId), new VerificationId(verificationId), account);
    }
}
