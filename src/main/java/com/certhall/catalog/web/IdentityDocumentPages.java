package com.certhall.catalog.web;

import com.certhall.catalog.domain.IdentityDocumentPolicy;
import com.certhall.shared.Caller;
import com.certhall.shared.IdentityDocument;
import com.certhall.web.PageErrors;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The identity documents a channel accepts (证件类型): ticked kinds are offered on the subject step of its orders.
 * An unknown kind in the post is ignored; a list without the resident ID card is refused and shown again as ticked.
 */
@Controller
@RequestMapping("/admin/channels/{code}/identity-documents")
@PreAuthorize("hasAnyRole('CHANNEL_ADMIN','ADMIN')")
class IdentityDocumentPages {

    private final IdentityDocumentPolicy policy;
    private final ChannelSettingForms forms;

    IdentityDocumentPages(IdentityDocumentPolicy policy, ChannelSettingForms forms) {
        this.policy = policy;
        this.forms = forms;
    }

    @GetMapping
    String show(@PathVariable String code, Model model) {
        PageErrors.none(model);
        return page(code, policy.accepted(code), model);
    }

    @PostMapping
    String save(@PathVariable String code, @RequestParam(required = false) List<String> kinds, Model model,
            Caller staff, Locale locale) {
        Set<IdentityDocument.Kind> ticked = EnumSet.noneOf(IdentityDocument.Kind.class);
        for (String kind : kinds == null ? List.<String>of() : kinds) {
            for (IdentityDocument.Kind k : IdentityDocument.Kind.values()) {
                if (k.name().equals(kind)) {
                    ticked.add(k);
                }
            }
        }
        return forms.save(model, locale, () -> policy.change(code, ticked, staff.auditActor()),
                saved -> page(code, saved, model), () -> page(code, ticked, model));
    }

    private static String page(String code, Set<IdentityDocument.Kind> accepted, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("accepted", accepted);
        model.addAttribute("allKinds", IdentityDocument.Kind.values());
        return "catalog/admin/identity-documents";
    }
}
