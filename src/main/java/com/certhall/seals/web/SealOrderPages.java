package com.certhall.seals.web;

import com.certhall.orders.OrderCommands.StartSealOrder;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import com.certhall.seals.SealView;
import com.certhall.seals.Seals;
import com.certhall.shared.Caller;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.ProblemException;
import com.certhall.web.PageErrors;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 印章办理 as an order (docs/seals.md "Seal orders"; BJCA §5): from a seal on "我的印章" the administrator opens 补章
 * or 变章, sees the price the channel sets and the steps, chooses kind and name and starts the order, which goes on
 * in the order wizard (checks, materials, signature) and then payment and review.
 */
@Controller
@PreAuthorize("hasRole('APPLICANT')")
class SealOrderPages {

    private final Seals seals;
    private final OrderManagement orders;
    private final PageErrors errors;

    SealOrderPages(Seals seals, OrderManagement orders, PageErrors errors) {
        this.seals = seals;
        this.orders = orders;
        this.errors = errors;
    }

    @GetMapping("/seals/{id}/orders/{type}")
    String page(@PathVariable UUID id, @PathVariable String type, Caller caller, Model model, Locale locale) {
        PageErrors.none(model);
        return page(id, type(type), caller, model, locale, Map.of());
    }

    @PostMapping("/seals/{id}/orders/{type}")
    String start(@PathVariable UUID id, @PathVariable String type, @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String sealName,
            @RequestParam(required = false) @Nullable Boolean agreementAccepted, Caller caller, Model model,
            Locale locale) {
        OrderType kindOfOrder = type(type);
        try {
            OrderView order = orders.start(StartSealOrder.of(caller.applicantId(), kindOfOrder.name(), id.toString(),
                    kind, sealName, agreementAccepted, caller.auditActor()));
            return "redirect:/orders/" + order.id() + "/continue";
        } catch (ProblemException e) {
            errors.show(e, model, locale, "seals");
            Map<String, String> typed = Map.of("kind", kind == null ? "" : kind, "sealName",
                    sealName == null ? "" : sealName);
            return page(id, kindOfOrder, caller, model, locale, typed);
        }
    }

    private String page(UUID id, OrderType type, Caller caller, Model model, Locale locale,
            Map<String, String> typed) {
        SealView seal = seals.get(caller.applicantId(), id);
        model.addAttribute("seal", seal);
        model.addAttribute("type", type.name());
        model.addAttribute("form", typed);
        try {
            model.addAttribute("quote", orders.sealQuote(caller.applicantId(), id, type));
        } catch (ProblemException e) {
            model.addAttribute("quote", null);
            model.addAttribute("refusal", String.join(" ", errors.sentences(e, locale, "seals")));
        }
        return "seals/order";
    }

    private static OrderType type(String raw) {
        return switch (raw) {
            case "SEAL_ADDITION" -> OrderType.SEAL_ADDITION;
            case "SEAL_CHANGE" -> OrderType.SEAL_CHANGE;
            default -> throw new NotFoundException("sealOrderType", raw);
        };
    }
}
