package com.certhall.invoicing.rest;

import com.certhall.invoicing.InvoiceKind;
import com.certhall.invoicing.InvoiceManagement;
import com.certhall.invoicing.InvoiceView;
import com.certhall.invoicing.domain.DownloadGrants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/invoice-queries}: the public invoice lookup for partner systems, with the page's protections
 * (docs/invoicing.md, "Public lookup"): the SMS code comes from {@code POST /api/v1/sms-challenges} (purpose
 * {@code QUERY}, captcha and send limits there), wrong facts give the same empty list as no invoices, and the
 * downloads are links signed for the invoices found, valid 30 minutes.
 */
@RestController
class InvoiceQueryApi {

    /** The three facts on the order and the SMS code sent to its handler's mobile. */
    record InvoiceQuery(@Nullable String buyerName, @Nullable String taxNumber, @Nullable String mobile,
            @Nullable String smsCode) {
    }

    @Schema(description = "An issued invoice found by the public lookup, with download links for 30 minutes")
    record FoundInvoice(String number, InvoiceKind kind, Instant issuedAt,
            @Schema(description = "amount plus tax, fen (negative on a red invoice)") long totalFen,
            String pdf, @Schema(description = "the OFD (GB/T 33190-2016)") String ofd, String xml) {
    }

    @Schema(description = "The invoices whose buyer name, taxpayer number and order mobile all match (maybe none)")
    record InvoiceQueryAnswer(List<FoundInvoice> invoices, Instant linksExpireAt) {
    }

    private final InvoiceManagement invoices;
    private final DownloadGrants grants;

    InvoiceQueryApi(InvoiceManagement invoices, DownloadGrants grants) {
        this.invoices = invoices;
        this.grants = grants;
    }

    @PostMapping("/api/v1/invoice-queries")
    @Operation(summary = "Finds issued invoices by buyer name, taxpayer number, the order's mobile and an SMS code")
    InvoiceQueryAnswer query(@RequestBody InvoiceQuery body) {
        List<InvoiceView> found = invoices.lookup(text(body.buyerName()), text(body.taxNumber()),
                text(body.mobile()), body.smsCode());
        return new InvoiceQueryAnswer(found.stream().map(this::found).toList(), grants.expiresAt());
    }

    @GetMapping("/api/v1/invoice-queries/files/{token}/{file:pdf|ofd|xml}")
    @Operation(summary = "A file of an invoice the lookup found, by its signed link")
    ResponseEntity<byte[]> file(@PathVariable String token, @PathVariable String file) {
        var id = grants.check(token);
        return InvoiceApi.download(invoices.file(id, file));
    }

    private FoundInvoice found(InvoiceView v) {
        String base = "/api/v1/invoice-queries/files/" + grants.grant(v.id());
        return new FoundInvoice(v.number(), v.kind(), v.issuedAt(), v.totalFen(), base + "/pdf", base + "/ofd",
                base + "/xml");
    }

    private static String text(@Nullable String raw) {
        return raw == null ? "" : raw;
    }
}
