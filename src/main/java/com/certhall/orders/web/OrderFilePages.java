package com.certhall.orders.web;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.documents.DocumentContent;
import com.certhall.orders.domain.OrderMaterials;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An order's files for the signed-in applicant: the filled-in application form and authorization letter to print,
 * and the uploaded materials with their previews. Files are never sniffed by the browser ({@code nosniff}).
 */
@Controller
class OrderFilePages {

    private final OrderMaterials materials;

    OrderFilePages(OrderMaterials materials) {
        this.materials = materials;
    }

    @GetMapping("/orders/{id}/application-form.pdf")
    ResponseEntity<byte[]> applicationForm(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            Locale locale) {
        return download(materials.applicationForm(PageIds.order(id), user.id(), locale), true);
    }

    @GetMapping("/orders/{id}/authorization-letter.pdf")
    ResponseEntity<byte[]> authorizationLetter(@AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable String id, Locale locale) {
        return download(materials.authorizationLetter(PageIds.order(id), user.id(), locale), true);
    }

    @GetMapping("/orders/{id}/documents/{documentId}/thumbnail")
    ResponseEntity<byte[]> thumbnail(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @PathVariable String documentId) {
        return download(materials.thumbnail(PageIds.order(id), user.id(),
                PageIds.document(documentId)), false);
    }

    @GetMapping("/orders/{id}/documents/{documentId}")
    ResponseEntity<byte[]> content(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @PathVariable String documentId) {
        return download(materials.content(PageIds.order(id), user.id(),
                PageIds.document(documentId)), true);
    }

    private static ResponseEntity<byte[]> download(DocumentContent content, boolean attachment) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .header("X-Content-Type-Options", "nosniff");
        if (attachment) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(content.fileName(), StandardCharsets.UTF_8).build().toString());
        }
        return response.body(content.bytes());
    }
}
