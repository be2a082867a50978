package com.certhall.orders.web;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.documents.StoredDocument;
import com.certhall.orders.OrderId;
import com.certhall.orders.domain.AuthorizationLinks;
import com.certhall.orders.domain.OrderMaterials;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The wizard's materials step: one upload per material the channel asks this applicant for, and for a handler who
 * is not the legal representative the authorization letter — uploaded, or signed online through an SMS link.
 */
@Controller
class MaterialsPages {

    private final OrderMaterials materials;
    private final AuthorizationLinks authorization;
    private final WizardModel wizard;
    private final ScanOffers offers;

    MaterialsPages(OrderMaterials materials, AuthorizationLinks authorization, WizardModel wizard, ScanOffers offers) {
        this.offers = offers;
        this.materials = materials;
        this.authorization = authorization;
        this.wizard = wizard;
    }

    /** {@code read}: a just uploaded ID card front or licence, whose reading is offered for the subject's fields. */
    @GetMapping("/orders/{id}/materials")
    String materials(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestParam(required = false) @Nullable String linkSent,
            @RequestParam(required = false) @Nullable String read,
            @RequestParam(required = false) @Nullable String filled, Model model, Locale locale) {
        model.addAttribute("linkSent", linkSent != null);
        model.addAttribute("scanFilled", filled != null);
        if (read != null) {
            offers.offer(PageIds.order(id), user.id(), read, locale).ifPresent(o -> model.addAttribute("scanOffer", o));
        }
        return wizard.show(user, id, "materials", model, d -> new HashMap<>());
    }

    /** A second upload of a kind (a double click, a stale page) replaces the first instead of adding to it. */
    @PostMapping("/orders/{id}/materials")
    String upload(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String replaces,
            @RequestParam(required = false) @Nullable MultipartFile file, Model model, Locale locale)
            throws IOException {
        OrderId orderId = PageIds.order(id);
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "required", "validation.required", "file");
            }
            if ((replaces == null || replaces.isBlank()) && kind != null) {
                StoredDocument existing = WizardModel.current(materials.list(orderId, user.id()), kind);
                replaces = existing == null ? null : existing.documentId().toString();
            }
            StoredDocument stored;
            try (InputStream in = file.getInputStream()) {
                stored = replaces != null && !replaces.isBlank()
                        ? materials.replace(orderId, user.id(), PageIds.document(replaces), file.getOriginalFilename(),
                                in, user.auditActor())
                        : materials.upload(orderId, user.id(), kind, file.getOriginalFilename(), in, user.auditActor());
            }
            return "redirect:/orders/" + id + "/materials"
                    + (offers.offers(stored) ? "?read=" + stored.documentId() + "#scan-offer" : "");
        } catch (ProblemException e) {
            model.addAttribute("failedKind", kind);
            return wizard.refusedOnMaterials(e, user, id, model, locale);
        }
    }

    @PostMapping("/orders/{id}/materials/{documentId}/delete")
    String deleteDocument(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @PathVariable String documentId) {
        materials.delete(PageIds.order(id), user.id(), PageIds.document(documentId), user.auditActor());
        return "redirect:/orders/" + id + "/materials";
    }

    @PostMapping("/orders/{id}/authorization")
    String requestAuthorization(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            Model model, Locale locale) {
        return wizard.act(user, id, "materials", "linkSent", new HashMap<>(), model, locale,
                () -> authorization.requestLink(PageIds.order(id), user.id(), locale, user.auditActor()));
    }
}
