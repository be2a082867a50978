package com.certhall.orders.web;

import com.certhall.accounts.CaptchaService;
import com.certhall.orders.domain.OrderQueries;
import com.certhall.shared.ProblemException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** {@code /order-query}: the public order lookup by USCC or ID number and an SMS code (BJCA 4). */
@Controller
class OrderQueryPages {

    private final OrderQueries queries;
    private final CaptchaService captchas;
    private final PageErrors errors;

    OrderQueryPages(OrderQueries queries, CaptchaService captchas, PageErrors errors) {
        this.queries = queries;
        this.captchas = captchas;
        this.errors = errors;
    }

    /** The lookup form as typed. */
    record QueryForm(String subjectCode, String mobile, String smsCode) {
    }

    @GetMapping("/order-query")
    String page(Model model) {
        return render(model, new QueryForm(null, null, null), null);
    }

    @PostMapping("/order-query")
    String query(@ModelAttribute("form") QueryForm form, Model model, Locale locale) {
        try {
            return render(model, form, queries.query(form.subjectCode(), form.mobile(), form.smsCode()));
        } catch (ProblemException e) {
            errors.show(e, model, locale);
            return render(model, form, null);
        }
    }

    private String render(Model model, QueryForm form, List<?> results) {
        PageErrors.none(model);
        model.addAttribute("form", form);
        model.addAttribute("captcha", captchas.create());
        model.addAttribute("results", results);
        return "orders/query";
    }
}
