package com.certhall.catalog.web;

import com.certhall.catalog.domain.ChannelTextDraft;
import com.certhall.catalog.domain.ChannelTextEditing;
import com.certhall.catalog.domain.ChannelTextValidation;
import com.certhall.shared.Caller;
import com.certhall.web.PageErrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A channel's texts (英文文本与通知模板): the English name, description, agreement and product names visitors read on
 * English pages, and the channel's own SMS and e-mail wording in Chinese and English. Blank means "as in Chinese" or
 * "the default template".
 */
@Controller
@RequestMapping("/admin/channels/{code}/texts")
@PreAuthorize("hasAnyRole('CHANNEL_ADMIN','ADMIN')")
class ChannelTextPages {

    private final ChannelTextEditing editing;
    private final ChannelSettingForms forms;

    ChannelTextPages(ChannelTextEditing editing, ChannelSettingForms forms) {
        this.editing = editing;
        this.forms = forms;
    }

    @GetMapping
    String show(@PathVariable String code, Model model) {
        PageErrors.none(model);
        return page(editing.page(code), model);
    }

    @PostMapping
    String save(@PathVariable String code, @RequestParam Map<String, String> form, Model model, Caller staff,
            Locale locale) {
        ChannelTextDraft typed = draft(form);
        return forms.save(model, locale, () -> {
            editing.save(code, typed, staff.auditActor());
            return editing.page(code);
        }, saved -> page(saved, model), () -> page(editing.page(code, typed), model));
    }

    /** Reads the posted fields by the names the page gives them (the same names errors are reported under). */
    private static ChannelTextDraft draft(Map<String, String> form) {
        List<String> products = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        for (int i = 0; form.containsKey("productNamesEn[" + i + "]"); i++) {
            products.add(form.get("productNamesEn[" + i + "]"));
            descriptions.add(form.getOrDefault("productDescriptionsEn[" + i + "]", ""));
        }
        Map<String, String> zh = new HashMap<>();
        Map<String, String> en = new HashMap<>();
        for (int i = 0; i < ChannelTextValidation.TEMPLATES.size(); i++) {
            String part = ChannelTextValidation.TEMPLATES.get(i);
            zh.put(part, form.getOrDefault("templates[" + i + "].zh", ""));
            en.put(part, form.getOrDefault("templates[" + i + "].en", ""));
        }
        return new ChannelTextDraft(form.get("nameEn"), form.get("descriptionEn"), form.get("agreementTextEn"),
                form.get("onlineSupportEn"), products, descriptions, zh, en);
    }

    private static String page(ChannelTextEditing.TextsPage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("code", page.channel().settings().code());
        List<List<TemplateField>> templates = new ArrayList<>();
        for (int i = 0; i < ChannelTextValidation.TEMPLATES.size(); i++) {
            String part = ChannelTextValidation.TEMPLATES.get(i);
            templates.add(List.of(
                    new TemplateField(part, "zh", "templates[" + i + "].zh", page.texts().zhTemplates().get(part),
                            page.zhDefaults().get(part)),
                    new TemplateField(part, "en", "templates[" + i + "].en", page.texts().enTemplates().get(part),
                            page.enDefaults().get(part))));
        }
        model.addAttribute("templates", templates);
        return "catalog/admin/channel-texts";
    }

    /** One language of one template on the page: its form field, what is typed and the default it replaces. */
    record TemplateField(String part, String lang, String field, String typed, String defaultText) {

        TemplateField {
            typed = typed == null ? "" : typed;
            defaultText = defaultText == null ? "" : defaultText;
        }

        public String id() {
            return field.replaceAll("[^A-Za-z0-9]+", "-");
        }
    }
}
