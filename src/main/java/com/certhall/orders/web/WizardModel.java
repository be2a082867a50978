package com.certhall.orders.web;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.MaterialKind;
import com.certhall.catalog.MaterialRequirement;
import com.certhall.documents.StoredDocument;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.Subject;
import com.certhall.orders.SubjectForm;
import com.certhall.orders.SubjectType;
import com.certhall.orders.domain.Completeness;
import com.certhall.orders.domain.OrderMaterials;
import com.certhall.orders.domain.PaperPost;
import com.certhall.orders.domain.WizardSteps;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.ProblemException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every page of the wizard shows: the order, its channel, the step indicator in the channel's order with
 * previous/next links, the form as typed, and on the materials, confirmation and signature pages what is uploaded
 * and what is still missing. Orders no longer editable are shown on their detail page instead. The order is loaded
 * once per page.
 */
@Component
class WizardModel {

    private final OrderManagement orders;
    private final OrderMaterials materials;
    private final CatalogManagement catalog;
    private final PageErrors errors;
    private final PaperPost paper;

    WizardModel(OrderManagement orders, OrderMaterials materials, PaperPost paper, CatalogManagement catalog,
            PageErrors errors) {
        this.orders = orders;
        this.paper = paper;
        this.materials = materials;
        this.catalog = catalog;
        this.errors = errors;
    }

    /**
     * A step's page with the form filled from the saved draft; the detail page once not editable; "continue" for a
     * step the order's route does not have (materials or signature on the paper path, the paper step online).
     */
    String show(AuthenticatedUser user, String id, String step, Model model,
            Function<OrderDetails, ?> form) {
        OrderDetails order = orders.detailsOwned(PageIds.order(id), user.id());
        if (!order.order().status().isEditable()) {
            return "redirect:/orders/" + id;
        }
        if (!WizardSteps.sequence(route(order, catalog.channel(order.order().channel()))).contains(step)) {
            return "redirect:/orders/" + id + "/continue";
        }
        return page(user, order, step, model, form.apply(order));
    }

    /** Runs a step's save and goes on to the next step; a refusal shows the page again with the typed values. */
    String save(AuthenticatedUser user, String id, String step, Object form, Model model, Locale locale,
            Supplier<?> action) {
        try {
            action.get();
            return "redirect:/orders/" + id + "/" + next(user, id, step);
        } catch (ProblemException e) {
            return refused(e, user, id, step, model, locale, form);
        }
    }

    /**
     * Runs an action a step's page offers besides saving (sending a link or a code): done, the step again with
     * {@code ?flag}; refused, the step with the refusal, {@code flag} false and the form as it was.
     */
    String act(AuthenticatedUser user, String id, String step, String flag, Object form, Model model, Locale locale,
            Runnable action) {
        try {
            action.run();
            return "redirect:/orders/" + id + "/" + step + "?" + flag;
        } catch (ProblemException e) {
            model.addAttribute(flag, false);
            return refused(e, user, id, step, model, locale, form);
        }
    }

    /** A refused action: the step's page again with each message next to its field and the form as typed. */
    String refused(ProblemException e, AuthenticatedUser user, String id, String step, Model model, Locale locale,
            Object form) {
        errors.show(e, model, locale);
        return page(user, id, step, model, form);
    }

    /**
     * A refused upload or fill-in on the materials page: a refusal naming a field still shows as the alert, since
     * that page has no such field to put it next to; the authorization link is not sent.
     */
    String refusedOnMaterials(ProblemException e, AuthenticatedUser user, String id, Model model, Locale locale) {
        errors.show(e, model, locale);
        if (!model.containsAttribute("alert")) {
            model.addAttribute("alert", ((Map<?, ?>) model.getAttribute("errors")).values().iterator().next());
        }
        model.addAttribute("linkSent", false);
        return page(user, id, "materials", model, new HashMap<>());
    }

    /**
     * What was typed and refused last time on the subject step, if a subject has not been saved since; its refusal
     * is shown again ({@code typedKept}).
     */
    Optional<SubjectForm> typedSubject(AuthenticatedUser user, String id, Model model, Locale locale) {
        Optional<SubjectForm> typed = orders.typedSubject(PageIds.order(id), user.id());
        typed.ifPresent(form -> {
            model.addAttribute("typedKept", true);
            try {
                form.toSubject(orders.get(PageIds.order(id)).subjectType());
            } catch (ProblemException refused) {
                errors.show(refused, model, locale);
            }
        });
        return typed;
    }

    /** A field violation's message with the order pages' field labels. */
    String fieldMessage(FieldViolation v, Locale locale) {
        return errors.fieldMessage(v, locale);
    }

    String next(AuthenticatedUser user, String id, String step) {
        OrderDetails order = orders.detailsOwned(PageIds.order(id), user.id());
        return WizardSteps.next(step, route(order, catalog.channel(order.order().channel())));
    }

    static WizardSteps.Route route(OrderDetails order, ChannelRules rules) {
        return new WizardSteps.Route(rules.verificationStage(), order.order().onPaper());
    }

    ChannelRules rules(AuthenticatedUser user, String id) {
        return catalog.channel(orders.detailsOwned(PageIds.order(id), user.id()).order().channel());
    }

    String page(AuthenticatedUser user, String id, String step, Model model, Object form) {
        return page(user, orders.detailsOwned(PageIds.order(id), user.id()), step, model, form);
    }

    private String page(AuthenticatedUser user, OrderDetails order, String step, Model model, Object form) {
        OrderId orderId = order.id();
        String base = "/orders/" + orderId + "/";
        ChannelRules rules = catalog.channel(order.order().channel());
        List<FieldViolation> missing = orders.missing(orderId, user.id());
        PageErrors.none(model);
        model.addAttribute("order", order);
        model.addAttribute("channel", rules);
        model.addAttribute("step", step);
        WizardSteps.Route route = route(order, rules);
        model.addAttribute("steps", WizardSteps.of(orderId, order.draft(), route, missing, step));
        String previous = WizardSteps.previous(step, route);
        model.addAttribute("previousUrl", previous == null ? null : base + previous);
        model.addAttribute("nextUrl", base + WizardSteps.next(step, route));
        model.addAttribute("form", FormValues.of(form));
        model.addAttribute("organization", order.order().subjectType() == SubjectType.ORGANIZATION);
        if (step.equals("materials") || step.equals("confirm")) {
            List<StoredDocument> documents = materials.list(orderId, user.id());
            model.addAttribute("materials", materialRows(order, rules, documents));
            model.addAttribute("needsLetter", Completeness.needsAuthorization(order.draft()));
            model.addAttribute("letter", current(documents, MaterialKind.AUTHORIZATION_LETTER));
        }
        if (step.equals("subject")) {
            Set<String> accepted = catalog.identityDocuments(rules.code()).stream().map(Enum::name)
                    .collect(java.util.stream.Collectors.toSet());
            model.addAttribute("idTypes", Arrays.stream(Subject.IdType.values())
                    .filter(t -> accepted.contains(t.name())).toList());
        }
        if (step.equals("paper")) {
            model.addAttribute("paper", paper.status(orderId, user.id()));
            model.addAttribute("paperMaterials", materialRows(order, rules, List.of()));
        }
        if (step.equals("confirm") || step.equals("sign") || step.equals("paper")) {
            Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            model.addAttribute("missing", missing.stream().map(v -> fieldMessage(v, locale)).toList());
            model.addAttribute("missingViolations", missing);
        }
        return "orders/" + step;
    }

    /** One material the channel asks this applicant for, with the current document when one is uploaded. */
    record MaterialRow(MaterialKind kind, boolean required, long maxMegabytes, String formats,
            @Nullable StoredDocument document) {
    }

    private static List<MaterialRow> materialRows(OrderDetails order, ChannelRules rules,
            List<StoredDocument> documents) {
        boolean organization = order.order().subjectType() == SubjectType.ORGANIZATION;
        List<MaterialRow> rows = new ArrayList<>();
        for (MaterialRequirement r : rules.materials().requirements()) {
            if (r.kind() == MaterialKind.AUTHORIZATION_LETTER || !r.kind().appliesTo(organization)) {
                continue;
            }
            rows.add(new MaterialRow(r.kind(), r.required(), r.maxMegabytes(),
                    String.join(" / ", r.orderedFormats().stream().map(Enum::name).toList()),
                    current(documents, r.kind())));
        }
        return rows;
    }

    static @Nullable StoredDocument current(List<StoredDocument> documents, MaterialKind kind) {
        return current(documents, kind.name());
    }

    /** The newest document of the kind named {@code kind}, or null; an unknown name matches nothing. */
    static @Nullable StoredDocument current(List<StoredDocument> documents, String kind) {
        return documents.stream().filter(d -> d.kind().name().equals(kind)).reduce((a, b) -> b).orElse(null);
    }
}
