package com.certhall.catalog.web;

import com.certhall.catalog.ProductSpec;
import com.certhall.catalog.domain.ChannelAdministration;
import com.certhall.catalog.domain.ProductDraft;
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
import org.springframework.web.bind.annotation.RequestParam;
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
        StoredChannel channel = channel(code);
        model.addAttribute("form", ChannelForm.of(channel.settings(), channel.version()));
        model.addAttribute("products", channel.products());
        model.addAttribute("creating", false);
        return "catalog/admin/channel-form";
    }

    @PostMapping("/{code}")
    public String update(@PathVariable String code, @ModelAttribute("form") ChannelForm form, BindingResult result,
            Model model, Caller staff, Locale locale, RedirectAttributes redirect) {
        model.addAttribute("creating", false);
        model.addAttribute("products", channel(code).products());
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

    @GetMapping("/{code}/products/new")
    public String newProduct(@PathVariable String code, Model model) {
        ProductForm form = new ProductForm();
        form.setVersion(channel(code).version());
        return productPage(code, form, true, model);
    }

    @PostMapping("/{code}/products")
    public String createProduct(@PathVariable String code, @ModelAttribute("form") ProductForm form,
            BindingResult result, Model model, Caller staff, Locale locale, RedirectAttributes redirect) {
        return saveProduct(code, form, true, result, model, staff, locale, redirect);
    }

    @GetMapping("/{code}/products/{product}")
    public String editProduct(@PathVariable String code, @PathVariable String product, Model model) {
        StoredChannel channel = channel(code);
        ProductSpec spec = channel.product(product)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no product " + product));
        return productPage(code, ProductForm.of(ProductDraft.of(spec), channel.version()), false, model);
    }

    @PostMapping("/{code}/products/{product}")
    public String updateProduct(@PathVariable String code, @PathVariable String product,
            @ModelAttribute("form") ProductForm form, BindingResult result, Model model, Caller staff, Locale locale,
            RedirectAttributes redirect) {
        form.setCode(product);
        return saveProduct(code, form, false, result, model, staff, locale, redirect);
    }

    @PostMapping("/{code}/products/{product}/delete")
    public String deleteProduct(@PathVariable String code, @PathVariable String product, @RequestParam long version,
            Caller staff, RedirectAttributes redirect) {
        administration.deleteProduct(code, product, version, staff.auditActor());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/channels/" + code;
    }

    private String saveProduct(String code, ProductForm form, boolean creating, BindingResult result, Model model,
            Caller staff, Locale locale, RedirectAttributes redirect) {
        try {
            administration.saveProduct(code, form.getVersion(), form.toDraft(), creating, staff.auditActor());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/channels/" + code;
        } catch (InvalidInputException e) {
            formErrors.bind(e, result, "product", locale);
        } catch (OptimisticLockingFailureException e) {
            result.reject("catalog.admin.concurrent", messages.getMessage("catalog.admin.concurrent", null, locale));
        }
        return productPage(code, form, creating, model);
    }

    private String productPage(String code, ProductForm form, boolean creating, Model model) {
        model.addAttribute("channel", channel(code).settings());
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        return "catalog/admin/product-form";
    }

    private String refused(InvalidInputException e, BindingResult result, Locale locale) {
        formErrors.bind(e, result, "channel", locale);
        return "catalog/admin/channel-form";
    }

    private StoredChannel channel(String code) {
        try {
            return administration.get(code);
        } catch (NotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no channel " + code, e);
        }
    }
}
