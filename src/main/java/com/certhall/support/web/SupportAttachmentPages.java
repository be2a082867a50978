package com.certhall.support.web;

import com.certhall.documents.DocumentContent;
import com.certhall.documents.DocumentId;
import com.certhall.shared.ProblemException;
import com.certhall.support.conversation.Customer;
import com.certhall.support.conversation.SupportAttachments;
import com.certhall.web.PageErrors;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Files in a support conversation: the customer adds one (PDF, JPEG, PNG, at most 2 MB, checked by the documents
 * module) and opens his own; SUPPORT staff open any conversation's on their desk (docs/help.md).
 */
@Controller
class SupportAttachmentPages {

    private final SupportAttachments attachments;
    private final PageErrors errors;

    SupportAttachmentPages(SupportAttachments attachments, PageErrors errors) {
        this.attachments = attachments;
        this.errors = errors;
    }

    @PostMapping("/support/{id}/attachments")
    String attach(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean embed, HttpSession session, Locale locale,
            RedirectAttributes flash) {
        Customer who = SupportVisitor.of(session, id);
        try {
            if (file == null || file.isEmpty()) {
                throw com.certhall.shared.InvalidInputException.of("file", "required", "validation.required", "file");
            }
            try (InputStream in = file.getInputStream()) {
                attachments.attach(id, who, file.getOriginalFilename(), in);
            }
        } catch (ProblemException e) {
            SupportModels.rethrowNotFound(e);
            flash.addFlashAttribute("alert", String.join(" ", errors.sentences(e, locale, "support")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/support/" + id + SupportVisitor.embed(embed);
    }

    @GetMapping("/support/{id}/attachments/{documentId}")
    ResponseEntity<byte[]> open(@PathVariable UUID id, @PathVariable UUID documentId, HttpSession session) {
        Customer who = SupportVisitor.of(session, id);
        return file(attachments.contentForCustomer(id, who, new DocumentId(documentId)));
    }

    @GetMapping("/admin/support/{id}/attachments/{documentId}")
    @PreAuthorize("hasAnyRole('SUPPORT','ADMIN')")
    ResponseEntity<byte[]> openForStaff(@PathVariable UUID id, @PathVariable UUID documentId) {
        return file(attachments.contentForStaff(id, new DocumentId(documentId)));
    }

    static ResponseEntity<byte[]> file(DocumentContent c) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(c.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(c.fileName(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(c.bytes());
    }
}
