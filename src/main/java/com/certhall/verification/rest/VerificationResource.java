package com.certhall.verification.rest;

import com.certhall.applications.ApplicationId;
import com.certhall.applications.ApplicationManagement;
import com.certhall.applications.ApplicationStatus;
import com.certhall.shared.NotFoundException;
import com.certhall.verification.VerificationAnswer;
import com.certhall.verification.VerificationId;
import com.certhall.verification.VerificationManagement;
import com.certhall.verification.VerificationView;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/orders/{id}/verifications/...} and {@code /offline} (shared/API.md "Orders"). Only the order's
 * owner reaches its verifications; anything else is 404. The signed-in principal's {@code id()} is the account id.
 */
@RestController
@RequestMapping("/api/v1/orders/{orderId}")
class VerificationResource {

    private final VerificationManagement verifications;
    private final ApplicationManagement orders;

    VerificationResource(VerificationManagement verifications, ApplicationManagement orders) {
        this.verifications = verifications;
        this.orders = orders;
    }

    @GetMapping("/verifications")
    List<VerificationJson> list(@PathVariable UUID orderId,
            @AuthenticationPrincipal(expression = "id()") UUID accountId) {
        ApplicationId order = owned(orderId, accountId);
        return verifications.ofOrder(order).stream().map(VerificationJson::of).toList();
    }

    @GetMapping("/verifications/{verificationId}")
    VerificationJson get(@PathVariable UUID orderId, @PathVariable UUID verificationId,
            @AuthenticationPrincipal(expression = "id()") UUID accountId) {
        return VerificationJson.of(ofOrder(orderId, verificationId, accountId));
    }

    /** {@code {amountFen}} or {@code {smsCode}}. */
    record AnswerRequest(@Nullable Long amountFen, @Nullable String smsCode) {
    }

    @PostMapping("/verifications/{verificationId}/answers")
    VerificationJson answer(@PathVariable UUID orderId, @PathVariable UUID verificationId,
            @RequestBody AnswerRequest body, @AuthenticationPrincipal(expression = "id()") UUID accountId) {
        VerificationView v = ofOrder(orderId, verificationId, accountId);
        return VerificationJson.of(verifications.answer(v.id(), new VerificationAnswer(body.amountFen(),
                body.smsCode()), actor(accountId)));
    }

    @PostMapping("/verifications/{verificationId}/skip")
    VerificationJson skip(@PathVariable UUID orderId, @PathVariable UUID verificationId,
            @AuthenticationPrincipal(expression = "id()") UUID accountId) {
        VerificationView v = ofOrder(orderId, verificationId, accountId);
        return VerificationJson.of(verifications.skip(v.id(), actor(accountId)));
    }

    record OfflineJson(String orderId, String number, ApplicationStatus status) {
    }

    /** The paper path: the order then waits in {@code AWAITING_PAPER} for the stamped form. */
    @PostMapping("/offline")
    OfflineJson offline(@PathVariable UUID orderId, @AuthenticationPrincipal(expression = "id()") UUID accountId) {
        ApplicationId order = owned(orderId, accountId);
        var view = orders.goOffline(order, actor(accountId));
        return new OfflineJson(view.id().toString(), view.number(), view.status());
    }

    private ApplicationId owned(UUID orderId, UUID accountId) {
        return orders.getOwned(new ApplicationId(orderId), accountId).id();
    }

    private VerificationView ofOrder(UUID orderId, UUID verificationId, UUID accountId) {
        owned(orderId, accountId);
        VerificationView v = verifications.status(new VerificationId(verificationId));
        if (!v.order().id().equals(orderId)) {
            throw new NotFoundException("verification", verificationId);
        }
        return v;
    }

    private static String actor(UUID accountId) {
        return "applicant:" + accountId;
    }
}
