package com.certhall.signing.web;

import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import com.certhall.shared.Caller;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.NotFoundException;
import com.certhall.signing.domain.PartnerClients;
import com.certhall.signing.domain.PartnerWebhooks;
import com.certhall.web.PageErrors;
import com.certhall.web.TypedNumber;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A channel's partner clients (合作平台接入, docs/signing.md "Partners") on the channel admin pages: the list, a new
 * client whose secret is shown this once, a new secret, the rate limit, the webhook URL (its signing secret shown
 * once) and disabling. The same service as {@code PartnerClientsAdminApi}; every change is audited there.
 */
@Controller
@RequestMapping("/admin/channels/{code}/partner-clients")
@PreAuthorize("hasAnyRole('CHANNEL_ADMIN','ADMIN')")
class PartnerClientPages {

    private final PartnerClients partners;
    private final PartnerWebhooks webhooks;
    private final CatalogManagement catalog;
    private final PageErrors errors;

    PartnerClientPages(PartnerClients partners, PartnerWebhooks webhooks, CatalogManagement catalog,
            PageErrors errors) {
        this.partners = partners;
        this.webhooks = webhooks;
        this.catalog = catalog;
        this.errors = errors;
    }

    @GetMapping
    String list(@PathVariable String code, Model model) {
        return page(code, model);
    }

    @PostMapping
    String create(@PathVariable String code, @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable List<String> scopes,
            @RequestParam(required = false) @Nullable String ratePerMinute, Caller staff, Model model, Locale locale) {
        channel(code);
        try {
            PartnerClients.NewClient made = partners.create(code, name, scopes,
                    TypedNumber.of(ratePerMinute), staff.auditActor());
            model.addAttribute("shown", new PartnerClientForms.Shown(made.clientId(), "clientSecret", made.secret()));
        } catch (InvalidInputException e) {
            errors.show(e, model, locale, "signing");
            model.addAttribute("form", Map.of("name", name == null ? "" : name,
                    "ratePerMinute", ratePerMinute == null ? "" : ratePerMinute,
                    "scopes", scopes == null ? "" : String.join(" ", scopes)));
            model.addAttribute("formFor", "new");
        }
        return page(code, model);
    }

    @PostMapping("/{clientId}/secret")
    String rotate(@PathVariable String code, @PathVariable UUID clientId, Caller staff, Model model) {
        ofChannel(code, clientId);
        model.addAttribute("shown", new PartnerClientForms.Shown(clientId, "clientSecret",
                partners.rotateSecret(clientId, staff.auditActor())));
        return page(code, model);
    }

    @PostMapping("/{clientId}/rate")
    String rate(@PathVariable String code, @PathVariable UUID clientId,
            @RequestParam(required = false) @Nullable String ratePerMinute, Caller staff, Model model, Locale locale) {
        return change(code, clientId, Map.of("ratePerMinute", ratePerMinute == null ? "" : ratePerMinute), model,
                locale, () -> {
                    partners.setRate(clientId, TypedNumber.of(ratePerMinute), staff.auditActor());
                    model.addAttribute("saved", clientId);
                });
    }

    @PostMapping("/{clientId}/webhook")
    String webhook(@PathVariable String code, @PathVariable UUID clientId,
            @RequestParam(required = false) @Nullable String url, Caller staff, Model model, Locale locale) {
        return change(code, clientId, Map.of("url", url == null ? "" : url), model, locale, () -> {
            PartnerWebhooks.Webhook hook = webhooks.configure(clientId, url, staff.auditActor());
            model.addAttribute("shown", new PartnerClientForms.Shown(clientId, "webhookSecret", hook.secret()));
        });
    }

    @PostMapping("/{clientId}/revoke")
    String revoke(@PathVariable String code, @PathVariable UUID clientId, Caller staff) {
        ofChannel(code, clientId);
        partners.revoke(clientId, staff.auditActor());
        return "redirect:/admin/channels/" + code + "/partner-clients";
    }

    /**
     * A change to one client of the channel: a refusal shows on the page with what was typed ({@code typed}) in that
     * client's form.
     */
    private String change(String code, UUID clientId, Map<String, String> typed, Model model, Locale locale,
            Runnable action) {
        ofChannel(code, clientId);
        try {
            action.run();
        } catch (InvalidInputException e) {
            errors.show(e, model, locale, "signing");
            model.addAttribute("form", typed);
            model.addAttribute("formFor", clientId.toString());
        }
        return page(code, model);
    }

    private String page(String code, Model model) {
        PageErrors.none(model);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
            model.addAttribute("formFor", "");
        }
        model.addAttribute("channel", channel(code));
        model.addAttribute("clients", partners.ofChannel(code));
        model.addAttribute("scopes", List.of("signing", "orders:read"));
        model.addAttribute("maxRate", PartnerClients.MAX_RATE_PER_MINUTE);
        model.addAttribute("defaultRate", PartnerClients.DEFAULT_RATE_PER_MINUTE);
        return "signing/partner-clients";
    }

    private ChannelRules channel(String code) {
        return catalog.findChannel(code).orElseThrow(() -> new NotFoundException("channel", code));
    }

    /** A client of another channel is not found here. */
    private void ofChannel(String code, UUID clientId) {
        if (!partners.get(clientId).channel().equals(code)) {
            throw new NotFoundException("partnerClient", clientId.toString());
        }
    }
}
