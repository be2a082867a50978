package com.certhall.orders.web;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.Quote;
import com.certhall.orders.OrderCommands.ChooseProducts;
import com.certhall.orders.OrderCommands.ItemForm;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.web.PageForms.ProductForm;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The wizard's product step: one row per product of the channel, with the live price as the applicant chooses. */
@Controller
class ProductPages {

    private final OrderManagement orders;
    private final CatalogManagement catalog;
    private final WizardModel wizard;

    ProductPages(OrderManagement orders, CatalogManagement catalog, WizardModel wizard) {
        this.orders = orders;
        this.catalog = catalog;
        this.wizard = wizard;
    }

    @GetMapping("/orders/{id}/product")
    String product(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id, Model model) {
        return wizard.show(user, id, "product", model, d -> PageForms.product(d.draft()));
    }

    @PostMapping("/orders/{id}/product")
    String saveProduct(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            ProductForm form, Model model, Locale locale) {
        ChannelRules rules = wizard.rules(user, id);
        List<String> codes = new ArrayList<>();
        List<ItemForm> items = form.items(rules, codes);
        try {
            orders.chooseProducts(new ChooseProducts(PageIds.order(id), user.id(), items));
            return "redirect:/orders/" + id + "/" + wizard.next(user, id, "product");
        } catch (InvalidInputException e) {
            model.addAttribute("errors", productErrors(e, codes, locale));
            return wizard.page(user, id, "product", model, form);
        } catch (ProblemException e) {
            return wizard.refused(e, user, id, "product", model, locale, form);
        }
    }

    /** The live price (htmx partial): the catalog's quote of what is selected, or why it cannot be quoted. */
    @GetMapping("/orders/{id}/quote")
    String quote(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            ProductForm form, Model model, Locale locale) {
        ChannelRules rules = wizard.rules(user, id);
        long total = 0;
        List<String> problems = new ArrayList<>();
        for (ItemForm item : form.items(rules, new ArrayList<>())) {
            try {
                Quote q = catalog.quote(rules.code(), item.productCode(),
                        item.years() == null ? 1 : item.years(), item.quantity() == null ? 1 : item.quantity());
                total += q.total().fen();
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> problems.add(wizard.fieldMessage(v, locale)));
            }
        }
        model.addAttribute("totalFen", total);
        model.addAttribute("problems", problems);
        return "orders/parts :: price";
    }

    /** Field errors of the product lines ({@code items[i].x}) placed next to their product rows ({@code p[CODE].x}). */
    private Map<String, String> productErrors(InvalidInputException e, List<String> codes, Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldViolation v : e.violations()) {
            String field = v.field();
            if (field.startsWith("items[")) {
                int close = field.indexOf(']');
                int index = Integer.parseInt(field.substring(6, close));
                field = "p[" + codes.get(index) + "]" + field.substring(close + 1);
            }
            out.putIfAbsent(field, wizard.fieldMessage(v, locale));
        }
        return out;
    }
}
