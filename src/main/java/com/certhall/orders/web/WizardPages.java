package com.certhall.orders.web;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderSteps;
import com.certhall.orders.OnlineAuthorization;
import com.certhall.orders.OrderMaterials;
import com.certhall.orders.StepForms;
import com.certhall.orders.SubjectType;
import com.certhall.orders.WizardSteps;
import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.VerificationStage;
import com.certhall.catalog.MaterialKind;
import com.certhall.catalog.MaterialRequirement;
import com.certhall.catalog.Quote;
import com.certhall.documents.DocumentId;
import com.certhall.documents.StoredDocument;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The application wizard after the agreement: product, subject, invoice, delivery, materials, confirmation and
 * signature. Each step saves on "下一步" and goes on; a refusal shows the page again with every message next to its
 * field and the typed values kept. Orders no longer editable are shown on their detail page instead.
 */
@Controller
class WizardPages {

    private final OrderSteps steps;
    private final OrderManagement orders;
    private final OrderMaterials materials;
    private final OnlineAuthorization authorization;
    private final CatalogManagement catalog;
    private final PageErrors errors;

    WizardPages(OrderSteps steps, OrderManagement orders, OrderMaterials materials,
            OnlineAuthorization authorization, CatalogManagement catalog, PageErrors errors) {
        this.steps = steps;
        this.orders = orders;
        this.materials = materials;
        this.authorization = authorization;
        this.catalog = catalog;
        this.errors = errors;
    }

    // ---- product ----

    @GetMapping("/orders/{id}/product")
    String product(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id, Model model) {
        return show(user, id, "product", model, d -> DraftForms.product(d.draft()));
    }

    @PostMapping("/orders/{id}/product")
    String saveProduct(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestParam Map<String, String> form, Model model, Locale locale) {
        OrderId orderId = PageIds.order(id);
        ChannelRules rules = catalog.channel(orders.detailsOwned(orderId, user.id()).order().channel());
        List<String> codes = new ArrayList<>();
        List<StepForms.ItemForm> items = DraftForms.items(form, rules, codes);
        try {
            steps.saveItems(orderId, user.id(), items);
            return "redirect:/orders/" + id + "/" + WizardSteps.next("product", rules.verificationStage());
        } catch (InvalidInputException e) {
            model.addAttribute("errors", productErrors(e, codes, locale));
            return page(user, id, "product", model, form);
        } catch (ProblemException e) {
            errors.show(e, model, locale);
            return page(user, id, "product", model, form);
        }
    }

    /** The live price (htmx partial): the catalog's quote of what is selected, or why it cannot be quoted. */
    @GetMapping("/orders/{id}/quote")
    String quote(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestParam Map<String, String> form, Model model, Locale locale) {
        ChannelRules rules = catalog.channel(orders.detailsOwned(PageIds.order(id), user.id()).order().channel());
        long total = 0;
        List<String> problems = new ArrayList<>();
        for (StepForms.ItemForm item : DraftForms.items(form, rules, new ArrayList<>())) {
            try {
                Quote q = catalog.quote(rules.code(), item.productCode(),
                        item.years() == null ? 1 : item.years(), item.quantity() == null ? 1 : item.quantity());
                total += q.total().fen();
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> problems.add(errors.fieldMessage(v, locale)));
            }
        }
        model.addAttribute("totalFen", total);
        model.addAttribute("problems", problems);
        return "orders/parts :: price";
    }

    private Map<String, String> productErrors(InvalidInputException e, List<String> codes, Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldViolation v : e.violations()) {
            String field = v.field();
            if (field.startsWith("items[")) {
                int close = field.indexOf(']');
                int index = Integer.parseInt(field.substring(6, close));
                field = "p." + codes.get(index) + field.substring(close + 1);
            }
            out.putIfAbsent(field, errors.fieldMessage(v, locale));
        }
        return out;
    }

    // ---- subject ----

    @GetMapping("/orders/{id}/subject")
    String subject(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id, Model model) {
        return show(user, id, "subject", model, d -> {
            Map<String, String> form = DraftForms.subject(d.draft().subject());
            if (d.draft().subject() == null) {
                form.put("handlerIsLegalRep", "on");
            }
            return form;
        });
    }

    @PostMapping("/orders/{id}/subject")
    String saveSubject(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestParam Map<String, String> form, Model model, Locale locale) {
        return save(user, id, "subject", form, model, locale,
                () -> steps.saveSubject(PageIds.order(id), user.id(), DraftForms.subjectForm(form)));
    }

    // ---- invoice ----

    @GetMapping("/orders/{id}/invoice")
    String invoice(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id, Model model) {
        return show(user, id, "invoice", model, d -> DraftForms.invoice(d.draft().invoice()));
    }

    @PostMapping("/orders/{id}/invoice")
    String saveInvoice(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestParam Map<String, String> form, Model model, Locale locale) {
        return save(user, id, "invoice", form, model, locale,
                () -> steps.saveInvoice(PageIds.order(id), user.id(), DraftForms.invoiceForm(form)));
    }

    // ---- delivery ----

    @GetMapping("/orders/{id}/delivery")
    String delivery(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id, Model model) {
        return show(user, id, "delivery", model, d -> DraftForms.delivery(d.draft().delivery()));
    }

    @PostMapping("/orders/{id}/delivery")
    String saveDelivery(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestParam Map<String, String> form, Model model, Locale locale) {
        return save(user, id, "delivery", form, model, locale,
                () -> steps.saveDelivery(PageIds.order(id), user.id(), DraftForms.deliveryForm(form)));
    }

    // ---- materials ----

    @GetMapping("/orders/{id}/materials")
    String materials(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestParam(required = false) @Nullable String linkSent, Model model) {
        model.addAttribute("linkSent", linkSent != null);
        return show(user, id, "materials", model, d -> new HashMap<>());
    }

    @PostMapping("/orders/{id}/materials")
    String upload(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String replaces,
            @RequestParam(required = false) @Nullable MultipartFile file, Model model, Locale locale)
            throws IOException {
        OrderId orderId = PageIds.order(id);
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "required", "validation.required", "file");
            }
            if ((replaces == null || replaces.isBlank()) && kind != null) {
                StoredDocument existing = currentOfKind(orderId, user.id(), kind);
                replaces = existing == null ? null : existing.documentId().toString();
            }
            try (InputStream in = file.getInputStream()) {
                if (replaces != null && !replaces.isBlank()) {
                    materials.replace(orderId, user.id(), PageIds.document(replaces), file.getOriginalFilename(), in,
                            user.auditActor());
                } else {
                    materials.upload(orderId, user.id(), kind, file.getOriginalFilename(), in, user.auditActor());
                }
            }
            return "redirect:/orders/" + id + "/materials";
        } catch (ProblemException e) {
            errors.show(e, model, locale);
            if (!model.containsAttribute("alert")) {
                model.addAttribute("alert", ((Map<?, ?>) model.getAttribute("errors")).values().iterator().next());
            }
            model.addAttribute("failedKind", kind);
            model.addAttribute("linkSent", false);
            return page(user, id, "materials", model, new HashMap<>());
        }
    }

    @PostMapping("/orders/{id}/materials/{documentId}/delete")
    String deleteDocument(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @PathVariable String documentId) {
        materials.delete(PageIds.order(id), user.id(), PageIds.document(documentId), user.auditActor());
        return "redirect:/orders/" + id + "/materials";
    }

    @PostMapping("/orders/{id}/authorization")
    String requestAuthorization(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            Model model, Locale locale) {
        try {
            authorization.requestLink(PageIds.order(id), user.id(), locale, user.auditActor());
            return "redirect:/orders/" + id + "/materials?linkSent";
        } catch (ProblemException e) {
            errors.show(e, model, locale);
            model.addAttribute("linkSent", false);
            return page(user, id, "materials", model, new HashMap<>());
        }
    }

    // ---- confirmation and signature ----

    @GetMapping("/orders/{id}/confirm")
    String confirm(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id, Model model) {
        return show(user, id, "confirm", model, d -> new HashMap<>());
    }

    @GetMapping("/orders/{id}/sign")
    String sign(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestParam(required = false) @Nullable String sent, Model model) {
        model.addAttribute("sent", sent != null);
        return show(user, id, "sign", model, d -> new HashMap<>());
    }

    @PostMapping("/orders/{id}/signature-code")
    String sendCode(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id, Model model,
            Locale locale, HttpServletRequest request) {
        try {
            steps.sendSignatureCode(PageIds.order(id), user.id(), locale, request.getRemoteAddr());
            return "redirect:/orders/" + id + "/sign?sent";
        } catch (ProblemException e) {
            errors.show(e, model, locale);
            model.addAttribute("sent", false);
            return page(user, id, "sign", model, new HashMap<>());
        }
    }

    @PostMapping("/orders/{id}/sign")
    String submit(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestParam Map<String, String> form, Model model, Locale locale) {
        try {
            steps.submit(PageIds.order(id), user.id(), form.get("smsCode"), "on".equals(form.get("agreementAccepted")),
                    user.auditActor());
            return "redirect:/orders/" + id + "/submitted";
        } catch (ProblemException e) {
            errors.show(e, model, locale);
            model.addAttribute("sent", true);
            return page(user, id, "sign", model, form);
        }
    }

    @GetMapping("/orders/{id}/submitted")
    String submitted(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id, Model model) {
        OrderDetails order = orders.detailsOwned(PageIds.order(id), user.id());
        model.addAttribute("order", order);
        model.addAttribute("channel", catalog.findChannel(order.order().channel()).orElse(null));
        return "orders/submitted";
    }

    // ---- plumbing ----

    private String save(AuthenticatedUser user, String id, String step, Map<String, String> form, Model model,
            Locale locale, Runnable action) {
        try {
            action.run();
            OrderDetails order = orders.detailsOwned(PageIds.order(id), user.id());
            VerificationStage stage = catalog.channel(order.order().channel()).verificationStage();
            return "redirect:/orders/" + id + "/" + WizardSteps.next(step, stage);
        } catch (ProblemException e) {
            errors.show(e, model, locale);
            return page(user, id, step, model, form);
        }
    }

    private String show(AuthenticatedUser user, String id, String step, Model model,
            java.util.function.Function<OrderDetails, Map<String, String>> form) {
        OrderDetails order = orders.detailsOwned(PageIds.order(id), user.id());
        if (!order.order().status().isEditable()) {
            return "redirect:/orders/" + id;
        }
        return page(user, id, step, model, form.apply(order));
    }

    private String page(AuthenticatedUser user, String id, String step, Model model, Map<String, String> form) {
        OrderId orderId = PageIds.order(id);
        OrderDetails order = orders.detailsOwned(orderId, user.id());
        ChannelRules rules = catalog.channel(order.order().channel());
        List<FieldViolation> missing = steps.missing(orderId, user.id());
        PageErrors.none(model);
        model.addAttribute("order", order);
        model.addAttribute("channel", rules);
        model.addAttribute("step", step);
        model.addAttribute("steps", WizardSteps.of(order.id(), order.draft(), rules.verificationStage(), missing, step));
        String previous = WizardSteps.previous(step, rules.verificationStage());
        model.addAttribute("previousUrl", previous == null ? null : "/orders/" + id + "/" + previous);
        model.addAttribute("nextUrl", "/orders/" + id + "/" + WizardSteps.next(step, rules.verificationStage()));
        model.addAttribute("form", form);
        model.addAttribute("organization", order.order().subjectType() == SubjectType.ORGANIZATION);
        if (step.equals("materials") || step.equals("confirm")) {
            model.addAttribute("materials", materialRows(order, rules, materials.list(orderId, user.id())));
            model.addAttribute("needsLetter", needsLetter(order));
            model.addAttribute("letter", current(materials.list(orderId, user.id()), MaterialKind.AUTHORIZATION_LETTER));
        }
        if (step.equals("confirm") || step.equals("sign")) {
            model.addAttribute("missing", missing.stream().map(v -> errors.fieldMessage(v, LocaleContextHolder.getLocale()))
                    .toList());
            model.addAttribute("missingViolations", missing);
        }
        return "orders/" + step;
    }

    /** One material the channel asks for, with the current document when one is uploaded. */
    record MaterialRow(MaterialKind kind, boolean required, long maxMegabytes, String formats,
            @Nullable StoredDocument document) {
    }

    private static List<MaterialRow> materialRows(OrderDetails order, ChannelRules rules,
            List<StoredDocument> documents) {
        boolean person = order.order().subjectType() == SubjectType.PERSON;
        List<MaterialRow> rows = new ArrayList<>();
        for (MaterialRequirement r : rules.materials().requirements()) {
            if (r.kind() == MaterialKind.AUTHORIZATION_LETTER || person && (r.kind() == MaterialKind.BUSINESS_LICENSE
                    || r.kind() == MaterialKind.SEAL_SPECIMEN)) {
                continue;
            }
            rows.add(new MaterialRow(r.kind(), r.required(), r.maxMegabytes(),
                    String.join(" / ", r.orderedFormats().stream().map(Enum::name).toList()), current(documents,
                            r.kind())));
        }
        return rows;
    }

    /** A second upload of a kind (a double click, a stale page) replaces the first instead of adding to it. */
    private @Nullable StoredDocument currentOfKind(OrderId orderId, UUID accountId, String kind) {
        return materials.list(orderId, accountId).stream().filter(d -> d.kind().name().equals(kind))
                .reduce((a, b) -> b).orElse(null);
    }

    static @Nullable StoredDocument current(List<StoredDocument> documents, MaterialKind kind) {
        return documents.stream().filter(d -> d.kind().name().equals(kind.name())).reduce((a, b) -> b).orElse(null);
    }

    private static boolean needsLetter(OrderDetails order) {
        return order.draft().subject() instanceof com.certhall.orders.Subject.Organization org
                && !org.handlerIsLegalRep();
    }

    /** Ids in page URLs; anything malformed is a 404. */
    static final class PageIds {

        private PageIds() {
        }

        static OrderId order(String raw) {
            try {
                return new OrderId(UUID.fromString(raw));
            } catch (IllegalArgumentException e) {
                throw new NotFoundException("order", raw);
            }
        }

        static DocumentId document(String raw) {
            try {
                return new DocumentId(UUID.fromString(raw));
            } catch (IllegalArgumentException e) {
                throw new NotFoundException("document", raw);
            }
        }
    }
}
