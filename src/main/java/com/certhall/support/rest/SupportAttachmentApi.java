package com.certhall.support.rest;

import com.certhall.documents.DocumentContent;
import com.certhall.documents.DocumentId;
import com.certhall.documents.StoredDocument;
import com.certhall.shared.Caller;
import com.certhall.shared.InvalidInputException;
import com.certhall.support.conversation.Customer;
import com.certhall.support.conversation.SupportAttachments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files in support conversations over the API: the applicant adds (multipart {@code file}: PDF, JPEG or PNG, at
 * most 2 MB; 413/415 from the documents checks) and lists his own; SUPPORT staff list and open any
 * conversation's (docs/help.md).
 */
@RestController
class SupportAttachmentApi {

    @Schema(description = "A file in a support conversation")
    record AttachmentJson(String documentId, String name, String contentType, long size, Instant uploadedAt) {

        static AttachmentJson of(StoredDocument d) {
            return new AttachmentJson(d.documentId().id().toString(), d.originalName(), d.contentType(), d.size(),
                    d.uploadedAt());
        }
    }

    private final SupportAttachments attachments;

    SupportAttachmentApi(SupportAttachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping(path = "/api/v1/support/conversations/{id}/attachments",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('APPLICANT')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds a file (PDF, JPEG, PNG; at most 2 MB, 10 per conversation) to the conversation")
    AttachmentJson attach(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
            Caller caller) {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "required", "validation.required", "file");
        }
        try (InputStream in = file.getInputStream()) {
            return AttachmentJson.of(attachments.attach(id, Customer.applicant(caller.applicantId()),
                    file.getOriginalFilename(), in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/v1/support/conversations/{id}/attachments")
    @PreAuthorize("hasRole('APPLICANT')")
    @Operation(summary = "The files of the applicant's conversation")
    List<AttachmentJson> list(@PathVariable UUID id, Caller caller) {
        return attachments.ofCustomer(id, Customer.applicant(caller.applicantId())).stream()
                .map(AttachmentJson::of).toList();
    }

    @GetMapping("/api/v1/admin/support/conversations/{id}/attachments")
    @PreAuthorize("hasAnyRole('SUPPORT','ADMIN')")
    @Operation(summary = "The files of any conversation (SUPPORT)")
    List<AttachmentJson> forStaff(@PathVariable UUID id) {
        return attachments.forStaff(id).stream().map(AttachmentJson::of).toList();
    }

    @GetMapping("/api/v1/admin/support/conversations/{id}/attachments/{documentId}")
    @PreAuthorize("hasAnyRole('SUPPORT','ADMIN')")
    @Operation(summary = "One file of a conversation (SUPPORT)")
    ResponseEntity<byte[]> open(@PathVariable UUID id, @PathVariable UUID documentId) {
        DocumentContent c = attachments.contentForStaff(id, new DocumentId(documentId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(c.contentType()))
                .header("X-Content-Type-Options", "nosniff").body(c.bytes());
    }
}
