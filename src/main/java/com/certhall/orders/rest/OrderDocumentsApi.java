package com.certhall.orders.rest;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.documents.DocumentContent;
import com.certhall.documents.DocumentId;
import com.certhall.documents.StoredDocument;
import com.certhall.orders.domain.OrderMaterials;
import com.certhall.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> upload(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestParam("kind") String kind, @RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return json(materials.upload(OrdersApi.parse(id), user.id(), kind, file.getOriginalFilename(), in,
                    user.auditActor()));
        }
    }

    @GetMapping("/documents")
    List<Map<String, Object>> list(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id) {
        return materials.list(OrdersApi.parse(id), user.id()).stream().map(OrderDocumentsApi::json).toList();
    }

    @PutMapping(path = "/documents/{documentId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Object> replace(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @PathVariable String documentId, @RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return json(materials.replace(OrdersApi.parse(id), user.id(), document(documentId),
                    file.getOriginalFilename(), in, user.auditActor()));
        }
    }

    @DeleteMapping("/documents/{documentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @PathVariable String documentId) {
        materials.delete(OrdersApi.parse(id), user.id(), document(documentId), user.auditActor());
    }

    @GetMapping("/documents/{documentId}/thumbnail")
    ResponseEntity<byte[]> thumbnail(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @PathVariable String documentId) {
        return inline(materials.thumbnail(OrdersApi.parse(id), user.id(), document(documentId)));
    }

    @GetMapping("/documents/{documentId}/content")
    ResponseEntity<byte[]> content(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @PathVariable String documentId) {
        return attachment(materials.content(OrdersApi.parse(id), user.id(), document(documentId)));
    }

    @GetMapping("/application-form.pdf")
    ResponseEntity<byte[]> applicationForm(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            Locale locale) {
        return attachment(materials.applicationForm(OrdersApi.parse(id), user.id(), locale));
    }

    @GetMapping("/authorization-letter.pdf")
    ResponseEntity<byte[]> authorizationLetter(@AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable String id, Locale locale) {
        return attachment(materials.authorizationLetter(OrdersApi.parse(id), user.id(), locale));
    }

    static Map<String, Object> json(StoredDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documentId", d.documentId().toString());
        m.put("kind", d.kind());
        m.put("size", d.size());
        m.put("contentType", d.contentType());
        m.put("sha256", d.sha256());
        m.put("fileName", d.originalName());
        m.put("uploadedAt", d.uploadedAt());
        return m;
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
