package com.certhall.invoicing.rest;

import com.certhall.invoicing.InvoiceId;
import com.certhall.invoicing.InvoiceManagement;
import com.certhall.shared.Caller;
import com.certhall.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Finance's invoice console as an API: the latest invoices, retry a failed one, reverse one with a reason, record one
 * issued outside CertHall.
 */
@RestController
@PreAuthorize("hasRole('FINANCE')")
class InvoiceAdminApi {

    static final int LISTED = 100;

    /** Why the invoice is reversed (required, at most 500 characters). */
    record Reversal(@Nullable String reason) {
    }

    /** {@code APPROVE} or {@code REJECT}; a rejection needs a reason. */
    record CorrectionDecision(@Nullable String decision, @Nullable String reason) {
    }

    private final InvoiceManagement invoices;

    InvoiceAdminApi(InvoiceManagement invoices) {
        this.invoices = invoices;
    }

    @GetMapping("/api/v1/admin/invoices")
    @Operation(summary = "The latest invoices of any order, most recently changed first (FINANCE)")
    List<InvoiceResponse> latest() {
        return invoices.latest(LISTED).stream().map(InvoiceResponse::of).toList();
    }

    @PostMapping("/api/v1/admin/invoices/{invoiceId}/retry")
    @Operation(summary = "Sends a failed invoice to the tax platform again (FINANCE, audited)")
    InvoiceResponse retry(@PathVariable String invoiceId, Caller staff) {
        return InvoiceResponse.of(invoices.retry(InvoiceId.parse(invoiceId), staff.auditActor()));
    }

    @PostMapping(path = "/api/v1/admin/invoices/{invoiceId}/manual-issue", consumes = "multipart/form-data")
    @Operation(summary = "Records the number and PDF of an invoice finance issued outside CertHall (FINANCE, "
            + "audited; certhall.invoicing.platform=none)")
    InvoiceResponse manualIssue(@PathVariable String invoiceId,
            @RequestParam(name = "invoiceNumber", required = false) @Nullable String invoiceNumber,
            @RequestPart(name = "pdf", required = false) @Nullable MultipartFile pdf, Caller staff)
            throws IOException {
        return InvoiceResponse.of(invoices.recordManualIssue(InvoiceId.parse(invoiceId), invoiceNumber,
                pdf == null ? new byte[0] : pdf.getBytes(), staff.auditActor()));
    }

    @PostMapping("/api/v1/admin/invoices/{invoiceId}/reversal")
    @Operation(summary = "Reverses a blue invoice by a red-letter confirmation and a red invoice (FINANCE, audited)")
    InvoiceResponse reverse(@PathVariable String invoiceId, @RequestBody Reversal body, Caller staff) {
        return InvoiceResponse.of(invoices.reverse(InvoiceId.parse(invoiceId),
                body.reason() == null ? "" : body.reason(), staff.auditActor()));
    }

    @GetMapping("/api/v1/admin/invoice-corrections")
    @Operation(summary = "Title corrections waiting for a decision, oldest first (FINANCE)")
    List<CorrectionResponse> corrections() {
        return invoices.waitingCorrections(LISTED).stream().map(CorrectionResponse::of).toList();
    }

    @PostMapping("/api/v1/admin/invoice-corrections/{correctionId}/decision")
    @Operation(summary = "Approves (red invoice + new blue one) or rejects a title correction (FINANCE, audited)")
    CorrectionResponse decide(@PathVariable String correctionId, @RequestBody CorrectionDecision body, Caller staff) {
        String decision = body.decision() == null ? "" : body.decision().trim().toUpperCase(java.util.Locale.ROOT);
        return CorrectionResponse.of(switch (decision) {
            case "APPROVE" -> invoices.approveCorrection(correctionId, staff.auditActor());
            case "REJECT" -> invoices.rejectCorrection(correctionId, body.reason(), staff.auditActor());
            default -> throw InvalidInputException.of("decision", "unknown", "invoicing.correction.decision",
                    "decision");
        });
    }
}
