package com.certhall.orders.web;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import com.certhall.orders.OrderCommands.StartOrder;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderView;
import com.certhall.orders.domain.WizardSteps;
import com.certhall.orders.web.PageForms.StartForm;
import com.certhall.shared.ProblemException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Starting an application from a channel page: the agreement and whether an organisation or a person applies
 * (the wizard's first step); a visitor is sent to log in first and comes back here.
 */
@Controller
class StartPages {

    private final OrderManagement orders;
    private final CatalogManagement catalog;
    private final PageErrors errors;

    StartPages(OrderManagement orders, CatalogManagement catalog, PageErrors errors) {
        this.orders = orders;
        this.catalog = catalog;
        this.errors = errors;
    }

    @GetMapping("/apply/{code}/start")
    String start(@AuthenticationPrincipal @Nullable AuthenticatedUser user, @PathVariable String code, Model model) {
        if (user == null || !user.isApplicant()) {
            return "redirect:/login?next=/apply/" + code + "/start";
        }
        return startPage(code, model, new StartForm(null, null));
    }

    @PostMapping("/apply/{code}/start")
    String create(@AuthenticationPrincipal @Nullable AuthenticatedUser user, @PathVariable String code,
            StartForm form, Model model, Locale locale) {
        if (user == null || !user.isApplicant()) {
            return "redirect:/login?next=/apply/" + code + "/start";
        }
        try {
            OrderView created = orders.start(StartOrder.of(user.id(), code, form.subjectType(),
                    Boolean.TRUE.equals(form.agreementAccepted()), user.auditActor()));
            return "redirect:/orders/" + created.id() + "/"
                    + WizardSteps.sequence(WizardSteps.Route.online(catalog.channel(code).verificationStage())).get(0);
        } catch (ProblemException e) {
            errors.show(e, model, locale);
            return startPage(code, model, form);
        }
    }

    private String startPage(String code, Model model, StartForm form) {
        ChannelRules rules = catalog.channel(code);
        PageErrors.none(model);
        model.addAttribute("channel", rules);
        model.addAttribute("form", FormValues.of(form));
        model.addAttribute("forOrganization", rules.products().stream().anyMatch(p -> p.certType().forOrganization()));
        model.addAttribute("forPerson", rules.products().stream().anyMatch(p -> !p.certType().forOrganization()));
        return "orders/start";
    }
}
