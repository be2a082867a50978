package com.certhall.review.web;

import com.certhall.documents.DocumentContent;
import com.certhall.documents.DocumentId;
import com.certhall.documents.DocumentManagement;
import com.certhall.documents.PreviewUnavailableException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An order's materials for its reviewer, shown inline beside the order (never cached, never sniffed); a file the
 * previewer cannot draw answers 422 and the page links to the file instead.
 */
@Controller
@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
class ReviewDocumentPages {

    private final DocumentManagement documents;

    ReviewDocumentPages(DocumentManagement documents) {
        this.documents = documents;
    }

    @GetMapping("/admin/reviews/{orderId}/documents/{documentId}")
    ResponseEntity<byte[]> content(@PathVariable String orderId, @PathVariable String documentId) {
        return inline(documents.content(ReviewIds.owner(ReviewIds.orderId(orderId)), DocumentId.of(documentId)));
    }

    @GetMapping("/admin/reviews/{orderId}/documents/{documentId}/thumbnail")
    ResponseEntity<byte[]> thumbnail(@PathVariable String orderId, @PathVariable String documentId) {
        try {
            return inline(documents.thumbnail(ReviewIds.owner(ReviewIds.orderId(orderId)), DocumentId.of(documentId)));
        } catch (PreviewUnavailableException e) {
            return ResponseEntity.unprocessableEntity().build();
        }
    }

    private static ResponseEntity<byte[]> inline(DocumentContent c) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(c.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(c.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(c.bytes());
    }
}
