package com.certhall.support.rest;

import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.accounts.SmsPurpose;
import com.certhall.shared.Caller;
import com.certhall.shared.InvalidInputException;
import com.certhall.support.conversation.ContactCodes;
import com.certhall.support.mobile.MobileChangeRequests;
import com.certhall.support.mobile.MobileChangeView;
import com.certhall.support.web.MobileChangeForm;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Lost-mobile requests: the code to the new number, the request with its scans, and the staff decision. */
@RestController
class MobileChangeApi {

    private final MobileChangeRequests requests;
    private final ContactCodes codes;

    MobileChangeApi(MobileChangeRequests requests, ContactCodes codes) {
        this.requests = requests;
        this.codes = codes;
    }

    record MobileChangeJson(String requestId, String status, String newMobile, Instant createdAt,
            @Nullable String reason) {

        static MobileChangeJson of(MobileChangeView r) {
            return new MobileChangeJson(r.id().toString(), r.status(), r.maskedMobile(), r.createdAt(), r.reason());
        }
    }

    record MobileChangeDecision(@Nullable String decision, @Nullable String reason) {
    }

    @PostMapping("/api/v1/mobile-change-requests/codes")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Sends the SMS code (purpose CHANGE_MOBILE) to the new mobile, behind a captcha")
    SmsChallengeTicket code(@RequestBody ContactCodeRequest body, HttpServletRequest request, Locale locale) {
        return body.send(codes, SmsPurpose.CHANGE_MOBILE, locale, request.getRemoteAddr());
    }

    @PostMapping(path = "/api/v1/mobile-change-requests", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Asks to replace a lost registered mobile: login, mobile, smsCode and the scans "
            + "businessLicense (enterprise), idFront, idBack")
    MobileChangeJson submit(@RequestParam(required = false) @Nullable String login,
            @RequestParam(required = false) @Nullable String mobile,
            @RequestParam(required = false) @Nullable String smsCode,
            @RequestParam(required = false) @Nullable MultipartFile businessLicense,
            @RequestParam(required = false) @Nullable MultipartFile idFront,
            @RequestParam(required = false) @Nullable MultipartFile idBack, HttpServletRequest request,
            Locale locale) throws IOException {
        return MobileChangeJson.of(requests.submit(new MobileChangeForm(login, mobile, smsCode, businessLicense,
                idFront, idBack).command(), request.getRemoteAddr(), locale));
    }

    @GetMapping("/api/v1/admin/mobile-change-requests")
    @PreAuthorize("hasAnyRole('SUPPORT','ADMIN')")
    @Operation(summary = "Lost-mobile requests, pending first (SUPPORT)")
    List<MobileChangeJson> list() {
        return requests.recent().stream().map(MobileChangeJson::of).toList();
    }

    @PostMapping("/api/v1/admin/mobile-change-requests/{id}/decision")
    @PreAuthorize("hasAnyRole('SUPPORT','ADMIN')")
    @Operation(summary = "APPROVE (the mobile changes, sessions and tokens end) or REJECT with a reason (SUPPORT)")
    MobileChangeJson decide(@PathVariable UUID id, @RequestBody MobileChangeDecision body, Caller staff) {
        switch (body.decision() == null ? "" : body.decision()) {
            case "APPROVE" -> requests.approve(id, staff.auditActor());
            case "REJECT" -> requests.reject(id, body.reason() == null ? "" : body.reason(), staff.auditActor());
            default -> throw InvalidInputException.of("decision", "oneOf", "support.validation.decision",
                    "decision");
        }
        return MobileChangeJson.of(requests.get(id));
    }
}
