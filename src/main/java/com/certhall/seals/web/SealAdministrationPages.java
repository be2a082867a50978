package com.certhall.seals.web;

import com.certhall.seals.SealMember;
import com.certhall.seals.SealView;
import com.certhall.seals.Seals;
import com.certhall.seals.domain.SealAdminHandOvers;
import com.certhall.seals.domain.SealAdministration;
import com.certhall.shared.Caller;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.ProblemException;
import com.certhall.web.PageErrors;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 印章管理 (docs/seals.md "Administration"): the administrator's page of an organisation — seal users, which user
 * may use which seal, and the hand-over of the administrator role with the new administrator's SMS code.
 */
@Controller
@PreAuthorize("hasRole('APPLICANT')")
class SealAdministrationPages {

    private static final String PAGE = "/seals/organisations/{uscc}";

    private final SealAdministration administration;
    private final SealAdminHandOvers handOvers;
    private final Seals seals;
    private final PageErrors errors;

    SealAdministrationPages(SealAdministration administration, SealAdminHandOvers handOvers, Seals seals,
            PageErrors errors) {
        this.administration = administration;
        this.handOvers = handOvers;
        this.seals = seals;
        this.errors = errors;
    }

    @GetMapping(PAGE)
    String page(@PathVariable String uscc, Caller caller, Model model) {
        PageErrors.none(model);
        List<SealMember> members = administration.members(caller.applicantId(), uscc);
        List<SealView> own = seals.visibleTo(caller.applicantId()).stream().filter(s -> s.uscc().equals(uscc))
                .toList();
        model.addAttribute("uscc", uscc);
        model.addAttribute("members", members);
        model.addAttribute("seals", own);
        model.addAttribute("organisation", own.isEmpty() ? uscc : own.get(0).organisation());
        model.addAttribute("pending", handOvers.pendingTransfer(caller.applicantId(), uscc).orElse(null));
        return "seals/organisation";
    }

    @PostMapping(PAGE + "/members")
    String add(@PathVariable String uscc, @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String idNumber,
            @RequestParam(required = false) @Nullable String mobile, Caller caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        return act(uscc, caller, model, locale, redirect, "added",
                () -> administration.addUser(caller.applicantId(), uscc, name, idNumber, mobile, caller.auditActor()),
                () -> {
                    model.addAttribute("name", name);
                    model.addAttribute("idNumber", idNumber);
                    model.addAttribute("mobile", mobile);
                });
    }

    @PostMapping(PAGE + "/members/{member}/removal")
    String remove(@PathVariable String uscc, @PathVariable UUID member, Caller caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        return act(uscc, caller, model, locale, redirect, "removed",
                () -> administration.removeUser(caller.applicantId(), uscc, member, caller.auditActor()), () -> { });
    }

    @PostMapping(PAGE + "/members/{member}/seals/{seal}")
    String grant(@PathVariable String uscc, @PathVariable UUID member, @PathVariable UUID seal,
            @RequestParam(defaultValue = "true") boolean allowed, Caller caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        return act(uscc, caller, model, locale, redirect, allowed ? "granted" : "revoked", () -> administration
                .grant(caller.applicantId(), uscc, member, seal, allowed, caller.auditActor()), () -> { });
    }

    @PostMapping(PAGE + "/transfer")
    String transfer(@PathVariable String uscc, @RequestParam(required = false) @Nullable UUID member, Caller caller,
            Model model, Locale locale, RedirectAttributes redirect) {
        return act(uscc, caller, model, locale, redirect, "transferRequested", () -> {
            if (member == null) {
                throw InvalidInputException.of("member", "required", "validation.required",
                        "member");
            }
            handOvers.startTransfer(caller.applicantId(), uscc, member, locale, caller.auditActor());
        }, () -> { });
    }

    @PostMapping(PAGE + "/transfer/confirmation")
    String confirm(@PathVariable String uscc, @RequestParam(required = false) @Nullable String smsCode,
            Caller caller, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            handOvers.confirmTransfer(caller.applicantId(), uscc, smsCode, caller.auditActor());
        } catch (ProblemException e) {
            String page = page(uscc, caller, model);
            errors.show(e, model, locale, "seals");
            return page;
        }
        redirect.addFlashAttribute("done", "transferred");
        return "redirect:/seals";
    }

    private String act(String uscc, Caller caller, Model model, Locale locale, RedirectAttributes redirect,
            String done, Runnable action, Runnable keep) {
        try {
            action.run();
        } catch (ProblemException e) {
            keep.run();
            String page = page(uscc, caller, model);
            errors.show(e, model, locale, "seals");
            return page;
        }
        redirect.addFlashAttribute("done", done);
        return "redirect:/seals/organisations/" + uscc;
    }
}
