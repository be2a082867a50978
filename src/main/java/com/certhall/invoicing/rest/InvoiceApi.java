package com.certhall.invoicing.rest;

import com.certhall.invoicing.InvoiceFile;
import com.certhall.invoicing.InvoiceId;
import com.certhall.invoicing.InvoiceManagement;
import com.certhall.orders.OrderId;
import com.certhall.shared.Caller;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The holder's invoices: list an order's, ask for one (on-request channels), download, send again. */
@RestController
@PreAuthorize("hasRole('APPLICANT')")
class InvoiceApi {

    /** Where to send the invoice again; empty or missing: the address on the order. */
    record Redelivery(@Nullable String email) {
    }

    /** The corrected title and why. */
    record CorrectionRequest(@Nullable String buyerName, @Nullable String taxNumber, @Nullable String reason) {
    }

    private final InvoiceManagement invoices;

    InvoiceApi(InvoiceManagement invoices) {
        this.invoices = invoices;
    }

    @GetMapping("/api/v1/orders/{id}/invoices")
    @Operation(summary = "The order's electronic invoices (blue, and red when reversed) with their status")
    List<InvoiceResponse> ofOrder(@PathVariable String id, Caller caller) {
        return invoices.ofOrderOwned(OrderId.fromPath(id), caller.applicantId()).stream().map(InvoiceResponse::of)
                .toList();
    }

    @PostMapping("/api/v1/orders/{id}/invoices")
    @Operation(summary = "Asks for the invoice of a paid order in a channel that invoices on request")
    @ResponseStatus(HttpStatus.ACCEPTED)
    InvoiceResponse request(@PathVariable String id, Caller caller) {
        return InvoiceResponse.of(invoices.request(OrderId.fromPath(id), caller.applicantId(), caller.auditActor()));
    }

    @GetMapping("/api/v1/invoices/{invoiceId}")
    @Operation(summary = "One of the holder's invoices")
    InvoiceResponse get(@PathVariable String invoiceId, Caller caller) {
        return InvoiceResponse.of(invoices.getOwned(InvoiceId.parse(invoiceId), caller.applicantId()));
    }

    // API.md names the files {id}.pdf, .xml (and .ofd); the /pdf forms stay for callers of the first release
    @GetMapping({"/api/v1/invoices/{invoiceId}.pdf", "/api/v1/invoices/{invoiceId}/pdf"})
    @Operation(summary = "The issued invoice's PDF")
    ResponseEntity<byte[]> pdf(@PathVariable String invoiceId, Caller caller) {
        return download(invoices.pdfOwned(InvoiceId.parse(invoiceId), caller.applicantId()));
    }

    @GetMapping({"/api/v1/invoices/{invoiceId}.ofd", "/api/v1/invoices/{invoiceId}/ofd"})
    @Operation(summary = "The issued invoice's OFD (GB/T 33190-2016)")
    ResponseEntity<byte[]> ofd(@PathVariable String invoiceId, Caller caller) {
        return download(invoices.fileOwned(InvoiceId.parse(invoiceId), caller.applicantId(), "ofd"));
    }

    @GetMapping({"/api/v1/invoices/{invoiceId}.xml", "/api/v1/invoices/{invoiceId}/xml"})
    @Operation(summary = "The issued invoice's XML (EInvoice)")
    ResponseEntity<byte[]> xml(@PathVariable String invoiceId, Caller caller) {
        return download(invoices.xmlOwned(InvoiceId.parse(invoiceId), caller.applicantId()));
    }

    @PostMapping({"/api/v1/invoices/{invoiceId}/redelivery", "/api/v1/invoices/{invoiceId}/redeliveries"})
    @Operation(summary = "E-mails the issued invoice again, to the order's address or another one (a few times a day)")
    @ResponseStatus(HttpStatus.ACCEPTED)
    InvoiceResponse redeliver(@PathVariable String invoiceId, @RequestBody(required = false) @Nullable Redelivery body,
            Caller caller) {
        return InvoiceResponse.of(invoices.redeliver(InvoiceId.parse(invoiceId), caller.applicantId(),
                body == null || body.email() == null ? "" : body.email(), caller.auditActor()));
    }

    @PostMapping("/api/v1/invoices/{invoiceId}/corrections")
    @Operation(summary = "Asks finance to correct the title of an issued blue invoice (red invoice + new blue one)")
    @ResponseStatus(HttpStatus.ACCEPTED)
    CorrectionResponse correct(@PathVariable String invoiceId, @RequestBody CorrectionRequest body, Caller caller) {
        return CorrectionResponse.of(invoices.requestCorrection(InvoiceId.parse(invoiceId), caller.applicantId(),
                body.buyerName(), body.taxNumber(), body.reason(), caller.auditActor()));
    }

    @GetMapping("/api/v1/orders/{id}/invoice-corrections")
    @Operation(summary = "The title corrections asked for the order's invoices, with finance's decisions")
    List<CorrectionResponse> corrections(@PathVariable String id, Caller caller) {
        return invoices.correctionsOwned(OrderId.fromPath(id), caller.applicantId()).stream()
                .map(CorrectionResponse::of).toList();
    }

    static ResponseEntity<byte[]> download(InvoiceFile file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.name())
                        .build().toString())
                .body(file.content());
    }
}
