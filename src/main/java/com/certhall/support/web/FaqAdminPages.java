package com.certhall.support.web;

import com.certhall.shared.Caller;
import com.certhall.shared.InvalidInputException;
import com.certhall.support.help.HelpCentre;
import com.certhall.web.PageErrors;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The channel admin's FAQ editor beside the channel pages ({@code /admin/channels/{code}/faq}), and the general
 * questions ({@code /admin/channels/general/faq}): both languages of every question on one form.
 */
@Controller
@PreAuthorize("hasAnyRole('CHANNEL_ADMIN','ADMIN')")
class FaqAdminPages {

    private final HelpCentre help;
    private final PageErrors errors;

    FaqAdminPages(HelpCentre help, PageErrors errors) {
        this.help = help;
        this.errors = errors;
    }

    @GetMapping("/admin/channels/{code}/faq")
    String edit(@PathVariable String code, Model model) {
        model.addAttribute("form", FaqForm.of(help.of(channel(code))));
        return page(code, model);
    }

    @PostMapping("/admin/channels/{code}/faq")
    String save(@PathVariable String code, @ModelAttribute("form") FaqForm form, BindingResult result, Model model,
            Caller staff, Locale locale, RedirectAttributes redirect) {
        try {
            help.replace(channel(code), form.drafts(), staff.auditActor());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/channels/" + code + "/faq";
        } catch (InvalidInputException e) {
            errors.bind(e, result, "support", locale);
            return page(code, model);
        }
    }

    private String page(String code, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("general", HelpCentre.GENERAL.equals(code));
        model.addAttribute("channelName", help.channel(channel(code)).map(c -> c.name()).orElse(""));
        return "support/admin/faq";
    }

    private @org.jspecify.annotations.Nullable String channel(String code) {
        if (HelpCentre.GENERAL.equals(code)) {
            return null;
        }
        return help.channel(code).orElseThrow(() -> new com.certhall.shared.NotFoundException("channel", code))
                .code();
    }
}
