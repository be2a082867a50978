package com.certhall.verification.provider.sandbox;

import com.certhall.shared.NotFoundException;
import com.certhall.shared.ProblemException;
import com.certhall.web.PageErrors;
import org.springframework.context.annotation.Profile;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sandbox pages: the identities the registers know (with the outage switches), the bank's deposit list, and the
 * phone page a face-check QR code or SMS link opens.
 */
@Controller
@Profile("sandbox")
class SandboxVerificationPages {

    private final SandboxIdentities identities;
    private final SandboxBank bank;
    private final SandboxFaceService face;
    private final SandboxServices services;
    private final PageErrors errors;

    SandboxVerificationPages(SandboxIdentities identities, SandboxBank bank, SandboxFaceService face,
            SandboxServices services, PageErrors errors) {
        this.identities = identities;
        this.bank = bank;
        this.face = face;
        this.services = services;
        this.errors = errors;
    }

    @GetMapping("/sandbox/identities")
    String identities(Model model) {
        model.addAttribute("people", identities.people());
        model.addAttribute("cards", identities.cards());
        model.addAttribute("companies", identities.companies());
        model.addAttribute("services", services.states());
        return "verification/sandbox-identities";
    }

    @PostMapping("/sandbox/identities")
    String add(@RequestParam String type, @RequestParam(required = false) String name,
            @RequestParam(required = false) String idNumber, @RequestParam(required = false) String mobile,
            @RequestParam(required = false) String cardNumber, @RequestParam(required = false) String bankName,
            @RequestParam(required = false) String uscc, @RequestParam(required = false) String bankAccount,
            RedirectAttributes redirect) {
        try {
            identities.add(new SandboxIdentities.NewIdentity(type, name, idNumber, mobile, cardNumber, bankName, uscc,
                    bankAccount));
            redirect.addFlashAttribute("added", true);
        } catch (ProblemException e) {
            redirect.addFlashAttribute("errors", errors.sentences(e, LocaleContextHolder.getLocale(), "verification"));
        }
        return "redirect:/sandbox/identities";
    }

    @PostMapping("/sandbox/verification/outages")
    String outage(@RequestParam SandboxServices.Service service, @RequestParam boolean down,
            @RequestParam(required = false) String back) {
        services.setDown(service, down);
        return "bank".equals(back) ? "redirect:/sandbox/bank" : "redirect:/sandbox/identities";
    }

    /** One company account as the bank page shows it, with whether a tester closed it. */
    record Account(SandboxIdentities.Company company, boolean closed) {
    }

    @GetMapping("/sandbox/bank")
    String bank(@RequestParam(required = false) String account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("deposits", bank.deposits(account, 100));
        model.addAttribute("bankDown", services.isDown(SandboxServices.Service.BANK));
        model.addAttribute("accounts", identities.companies().stream()
                .map(c -> new Account(c, bank.isClosed(c.account()))).toList());
        return "verification/sandbox-bank";
    }

    @PostMapping("/sandbox/bank/closures")
    String closure(@RequestParam String account, @RequestParam boolean closed) {
        bank.setClosed(account, closed);
        return "redirect:/sandbox/bank";
    }

    @GetMapping("/sandbox/face/{sessionId}")
    String phone(@PathVariable String sessionId, @RequestParam(defaultValue = "false") boolean consented,
            Model model) {
        try {
            model.addAttribute("face", face.session(sessionId));
        } catch (NotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("consented", consented);
        return "verification/sandbox-face";
    }

    @PostMapping("/sandbox/face/{sessionId}")
    String complete(@PathVariable String sessionId, @RequestParam String result) {
        if ("pass".equals(result)) {
            face.pass(sessionId);
        } else {
            face.fail(sessionId);
        }
        return "redirect:/sandbox/face/" + sessionId + "?consented=true";
    }
}
