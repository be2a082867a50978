package com.certhall.orders.rest;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.documents.DocumentContent;
import com.certhall.documents.DocumentId;
import com.certhall.orders.domain.OrderMaterials;
import com.certhall.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** An order's materials (upload, list, replace, delete, thumbnail, download) and its generated PDFs. */
@RestController
@RequestMapping("/api/v1/orders/{id}")
@PreAuthorize("hasRole('APPLICANT')")
class OrderDocumentsApi {

    private final OrderMaterials materials;

    OrderDocumentsApi(OrderMaterials materials) {
        this.materials = materials;
    }

    @PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Uploads a material of the order (type sniffed, size and format as the channel allows)")
    @ResponseStatus(HttpStatus.CREATED)
    OrderJson.DocumentJson upload(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestParam("kind") String kind, @RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return OrderJson.DocumentJson.of(materials.upload(OrderResponses.parse(id), user.id(), kind, file.getOriginalFilename(), in,
                    user.auditActor()));
        }
    }

    @GetMapping("/documents")
    @Operation(summary = "The order's current materials")
    List<OrderJson.DocumentJson> list(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id) {
        return materials.list(OrderResponses.parse(id), user.id()).stream().map(OrderJson.DocumentJson::of).toList();
    }

    @PutMapping(path = "/documents/{documentId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Replaces a material with a new file (the old one is kept as replaced)")
    OrderJson.DocumentJson replace(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @PathVariable String documentId, @RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return OrderJson.DocumentJson.of(materials.replace(OrderResponses.parse(id), user.id(), document(documentId),
                    file.getOriginalFilename(), in, user.auditActor()));
        }
    }

    @DeleteMapping("/documents/{documentId}")
    @Operation(summary = "Removes a material while the order is editable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @PathVariable String documentId) {
        materials.delete(OrderResponses.parse(id), user.id(), document(documentId), user.auditActor());
    }

    @GetMapping("/documents/{documentId}/thumbnail")
    @Operation(summary = "A small preview image of a material")
    ResponseEntity<byte[]> thumbnail(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @PathVariable String documentId) {
        return inline(materials.thumbnail(OrderResponses.parse(id), user.id(), document(documentId)));
    }

    @GetMapping("/documents/{documentId}/content")
    @Operation(summary = "The material's file as uploaded")
    ResponseEntity<byte[]> content(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @PathVariable String documentId) {
        return attachment(materials.content(OrderResponses.parse(id), user.id(), document(documentId)));
    }

    @GetMapping("/application-form.pdf")
    @Operation(summary = "The filled-in application form as PDF, to print, sign and stamp")
    ResponseEntity<byte[]> applicationForm(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            Locale locale) {
        return attachment(materials.applicationForm(OrderResponses.parse(id), user.id(), locale));
    }

    @GetMapping("/authorization-letter.pdf")
    @Operation(summary = "The filled-in authorization letter as PDF, for the legal representative to sign")
    ResponseEntity<byte[]> authorizationLetter(@AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable String id, Locale locale) {
        return attachment(materials.authorizationLetter(OrderResponses.parse(id), user.id(), locale));
    }


    /** Download with the file name in UTF-8 (RFC 6266 {@code filename*}) and an ASCII fallback. */
    static ResponseEntity<byte[]> attachment(DocumentContent content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(content.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }

    static ResponseEntity<byte[]> inline(DocumentContent content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.contentType()))
                .header("X-Content-Type-Options", "nosniff").body(content.bytes());
    }

    private static DocumentId document(String raw) {
        try {
            return new DocumentId(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("document", raw);
        }
    }
}
