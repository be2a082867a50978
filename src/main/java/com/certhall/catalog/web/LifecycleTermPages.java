package com.certhall.catalog.web;

import com.certhall.catalog.LifecycleTerms;
import com.certhall.catalog.domain.LifecycleTermPolicy;
import com.certhall.catalog.domain.LifecycleTermsDraft;
import com.certhall.shared.Caller;
import com.certhall.web.PageErrors;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What a channel offers after issuance (证书服务: 更新、变更、补办、解锁、注销), its prices and the renewal window
 * (docs/lifecycle.md, "Channel terms"). A refused form is shown again as typed with each bad field named.
 */
@Controller
@RequestMapping("/admin/channels/{code}/lifecycle-terms")
@PreAuthorize("hasAnyRole('CHANNEL_ADMIN','ADMIN')")
class LifecycleTermPages {

    private final LifecycleTermPolicy policy;
    private final ChannelSettingForms forms;

    LifecycleTermPages(LifecycleTermPolicy policy, ChannelSettingForms forms) {
        this.policy = policy;
        this.forms = forms;
    }

    @GetMapping
    String show(@PathVariable String code, Model model) {
        PageErrors.none(model);
        return page(code, LifecycleTermsForm.of(policy.terms(code)), model);
    }

    @PostMapping
    String save(@PathVariable String code, @ModelAttribute("form") LifecycleTermsForm form, Model model,
            Caller staff, Locale locale) {
        return forms.save(model, locale, () -> policy.change(code, form.toDraft(), staff.auditActor()),
                saved -> page(code, LifecycleTermsForm.of(saved), model), () -> page(code, form, model));
    }

    private static String page(String code, LifecycleTermsForm form, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("form", form);
        model.addAttribute("services", LifecycleTerms.Service.values());
        model.addAttribute("maxPriceYuan", LifecycleTermsDraft.MAX_PRICE_FEN / 100);
        return "catalog/admin/lifecycle-terms";
    }
}
