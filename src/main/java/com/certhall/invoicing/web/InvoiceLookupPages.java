package com.certhall.invoicing.web;

import com.certhall.accounts.CaptchaService;
import com.certhall.invoicing.InvoiceId;
import com.certhall.invoicing.InvoiceManagement;
import com.certhall.invoicing.InvoiceView;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.ProblemException;
import com.certhall.web.PageErrors;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /invoices}: the public invoice lookup (SXCA 发票下载) by buyer name, taxpayer number and the mobile on the
 * order, with the captcha in front of the SMS code. The invoices found may be downloaded in this session only.
 */
@Controller
class InvoiceLookupPages {

    /** The invoices this session found, the only ones it may download without signing in. */
    static final String FOUND = "invoicing.lookup.found";

    private final InvoiceManagement invoices;
    private final CaptchaService captchas;
    private final PageErrors errors;

    InvoiceLookupPages(InvoiceManagement invoices, CaptchaService captchas, PageErrors errors) {
        this.invoices = invoices;
        this.captchas = captchas;
        this.errors = errors;
    }

    /** The lookup form as typed. */
    record LookupForm(String buyerName, String taxNumber, String mobile, String smsCode) {
    }

    @GetMapping("/invoices")
    String page(Model model) {
        return render(model, new LookupForm(null, null, null, null), null);
    }

    @PostMapping("/invoices")
    String lookup(@ModelAttribute("form") LookupForm form, Model model, Locale locale, HttpSession session) {
        try {
            List<InvoiceView> found = invoices.lookup(form.buyerName(), form.taxNumber(), form.mobile(),
                    form.smsCode());
            Set<UUID> allowed = new HashSet<>();
            found.forEach(v -> allowed.add(v.id().id()));
            session.setAttribute(FOUND, allowed);
            return render(model, form, found);
        } catch (ProblemException e) {
            errors.show(e, model, locale, "invoicing");
            return render(model, form, null);
        }
    }

    @GetMapping("/invoices/{invoiceId}/{file:pdf|ofd|xml}")
    ResponseEntity<byte[]> download(@PathVariable String invoiceId, @PathVariable String file, HttpSession session) {
        InvoiceId id = InvoiceId.parse(invoiceId);
        if (!(session.getAttribute(FOUND) instanceof Set<?> allowed) || !allowed.contains(id.id())) {
            throw new NotFoundException("invoice", invoiceId);
        }
        return InvoicePages.file(invoices.file(id, file));
    }

    private String render(Model model, LookupForm form, List<InvoiceView> results) {
        PageErrors.none(model);
        model.addAttribute("form", form);
        model.addAttribute("captcha", captchas.create());
        model.addAttribute("results", results);
        return "invoicing/lookup";
    }
}
