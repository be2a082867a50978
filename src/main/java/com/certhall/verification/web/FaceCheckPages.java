package com.certhall.verification.web;

import com.certhall.orders.OrderId;
import com.certhall.shared.Caller;
import com.certhall.shared.NotFoundException;
import com.certhall.verification.VerificationId;
import com.certhall.verification.VerificationManagement;
import com.certhall.verification.VerificationMethod;
import com.certhall.verification.VerificationView;
import com.certhall.web.QrImages;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The desktop face-check page ("检验"): shows the QR code the applicant scans with the phone (or says where the SMS
 * link went), and learns the result by htmx polling of the status fragment, without a reload. Only the order's
 * owner sees it; the signed-in applicant's account id.
 */
@Controller
@RequestMapping("/orders/{orderId}/verifications/{verificationId}/face")
class FaceCheckPages {

    private final VerificationManagement verifications;

    FaceCheckPages(VerificationManagement verifications) {
        this.verifications = verifications;
    }

    @GetMapping
    String page(@PathVariable UUID orderId, @PathVariable UUID verificationId,
            Caller user, Model model) {
        VerificationView v = owned(orderId, verificationId, user.id());
        model.addAttribute("v", v);
        model.addAttribute("phoneUrl", v.phoneUrl() == null ? null : absolute(v));
        return "verification/face";
    }

    @GetMapping("/status")
    String status(@PathVariable UUID orderId, @PathVariable UUID verificationId,
            Caller user, Model model) {
        owned(orderId, verificationId, user.id());
        model.addAttribute("v", verifications.status(new VerificationId(verificationId)));
        return "verification/face :: status";
    }

    @GetMapping(value = "/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable UUID orderId, @PathVariable UUID verificationId,
            Caller user) {
        VerificationView v = owned(orderId, verificationId, user.id());
        if (v.phoneUrl() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                .body(QrImages.png(absolute(v), 280));
    }

    /** The case if it is a face check of this account's order; anything else is "not found" (404 page). */
    private VerificationView owned(UUID orderId, UUID verificationId, UUID account) {
        try {
            VerificationView v = verifications.statusOwned(new OrderId(orderId), new VerificationId(verificationId),
                    account);
            if (v.method() == VerificationMethod.FACE) {
                return v;
            }
        } catch (NotFoundException e) {
            // same answer as for a case of another order
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** The phone page's address; a provider path is resolved against the address this page was opened with. */
    private static String absolute(VerificationView v) {
        String url = Objects.requireNonNull(v.phoneUrl());
        return url.startsWith("/") ? ServletUriComponentsBuilder.fromCurrentContextPath().path(url).toUriString() : url;
    }
}
