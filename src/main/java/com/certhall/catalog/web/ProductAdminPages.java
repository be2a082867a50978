package com.certhall.catalog.web;

import com.certhall.catalog.ProductSpec;
import com.certhall.catalog.domain.ChannelAdministration;
import com.certhall.catalog.domain.ProductDraft;
import com.certhall.catalog.domain.StoredChannel;
import com.certhall.shared.Caller;
import com.certhall.shared.InvalidInputException;
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
 * The products of a channel for channel administrators: add, edit and delete, each checked by the catalog and saved
 * against the channel's version, so two admins editing at once do not overwrite each other silently.
 */
@Controller
@RequestMapping("/admin/channels")
@PreAuthorize("hasAnyRole('CHANNEL_ADMIN','ADMIN')")
class ProductAdminPages {

    private final ChannelAdministration administration;
    private final PageErrors formErrors;
    private final MessageSource messages;

    ProductAdminPages(ChannelAdministration administration, PageErrors formErrors, MessageSource messages) {
        this.administration = administration;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    @GetMapping("/{code}/products/new")
    public String newProduct(@PathVariable String code, Model model) {
        ProductForm form = new ProductForm();
        form.setVersion(ChannelAdminPages.channel(administration, code).version());
        return productPage(code, form, true, model);
    }

    @PostMapping("/{code}/products")
    public String createProduct(@PathVariable String code, @ModelAttribute("form") ProductForm form,
            BindingResult result, Model model, Caller staff, Locale locale, RedirectAttributes redirect) {
        return saveProduct(code, form, true, result, model, staff, locale, redirect);
    }

    @GetMapping("/{code}/products/{product}")
    public String editProduct(@PathVariable String code, @PathVariable String product, Model model) {
        StoredChannel channel = ChannelAdminPages.channel(administration, code);
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
        model.addAttribute("channel", ChannelAdminPages.channel(administration, code).settings());
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        return "catalog/admin/product-form";
    }
}
