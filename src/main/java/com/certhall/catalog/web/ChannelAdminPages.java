package com.certhall.catalog.web;

import com.certhall.catalog.domain.ChannelAdministration;
import com.certhall.catalog.domain.StoredChannel;
import com.certhall.shared.Caller;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.NotFoundException;
import com.certhall.web.PageErrors;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Channel admin pages: list, create and edit channels (rules, materials, verification, flow) and their products.
 * A refused form comes back with what was typed and each message next to its field.
 */
@Controller
@RequestMapping("/admin/channels")
@PreAuthorize("hasAnyRole('CHANNEL_ADMIN','ADMIN')")
class ChannelAdminPages {

    private final ChannelAdministration administration;
    private final PageErrors formErrors;
    private final MessageSource messages;

    ChannelAdminPages(ChannelAdministration administration, PageErrors formErrors, MessageSource messages) {
        this.administration = administration;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    @GetMapping
    public String list(Model model) {
        model.addAttribute("channels", administration.all());
        return "catalog/admin/channels";
    }

    @GetMapping("/new")
    public String newChannel(Model model) {
        model.addAttribute("form", ChannelForm.blank());
        model.addAttribute("creating", true);
        return "catalog/admin/channel-form";
    }

    @PostMapping
    public String create(@ModelAttribute("form") ChannelForm form, BindingResult result, Model model, Caller staff,
            Locale locale, RedirectAttributes redirect) {
        model.addAttribute("creating", true);
        try {
            String code = administration.create(form.toDraft(), staff.auditActor()).code();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/channels/" + code;
        } catch (InvalidInputException e) {
            return refused(e, result, locale);
        }
    }

    @GetMapping("/{code}")
    public String edit(@PathVariable String code, Model model) {
        StoredChannel channel = channel(administration, code);
        model.addAttribute("form", ChannelForm.of(channel.settings(), channel.version()));
        model.addAttribute("products", channel.products());
        model.addAttribute("creating", false);
        return "catalog/admin/channel-form";
    }

    @PostMapping("/{code}")
    public String update(@PathVariable String code, @ModelAttribute("form") ChannelForm form, BindingResult result,
            Model model, Caller staff, Locale locale, RedirectAttributes redirect) {
        model.addAttribute("creating", false);
        model.addAttribute("products", channel(administration, code).products());
        form.setCode(code);
        try {
            administration.update(code, form.getVersion(), form.toDraft(), staff.auditActor());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/channels/" + code;
        } catch (InvalidInputException e) {
            return refused(e, result, locale);
        } catch (OptimisticLockingFailureException e) {
            result.reject("catalog.admin.concurrent", messages.getMessage("catalog.admin.concurrent", null, locale));
            return "catalog/admin/channel-form";
        }
    }

    private String refused(InvalidInputException e, BindingResult result, Locale locale) {
        formErrors.bind(e, result, "channel", locale);
        return "catalog/admin/channel-form";
    }

    /** The stored channel, or 404 for an unknown code. */
    static StoredChannel channel(ChannelAdministration administration, String code) {
        try {
            return administration.get(code);
        } catch (NotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no channel " + code, e);
        }
    }
}
