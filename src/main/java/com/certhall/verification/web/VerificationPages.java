package com.certhall.verification.web;

import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderView;
import com.certhall.shared.Caller;
import com.certhall.shared.Money;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.ProblemException;
import com.certhall.verification.VerificationAnswer;
import com.certhall.verification.VerificationId;
import com.certhall.verification.VerificationManagement;
import com.certhall.verification.VerificationMethod;
import com.certhall.verification.VerificationStatus;
import com.certhall.verification.VerificationView;
import com.certhall.web.PageErrors;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of one verification case for the order's owner: enter the micro-deposit amount (in yuan, as the bank
 * statement shows it) or skip to manual review, enter the SMS code, or — for a face check — go to the QR page.
 * Shows the result and, after a failure, the ways on: correct the data and start again, or the paper path.
 */
@Controller
@RequestMapping("/orders/{orderId}/verifications/{verificationId}")
class VerificationPages {

    private final VerificationManagement verifications;
    private final OrderManagement orders;
    private final PageErrors errors;
    private final MessageSource messages;
    private final String paperAddress;

    VerificationPages(VerificationManagement verifications, OrderManagement orders, PageErrors errors,
            MessageSource messages, @Value("${certhall.verification.paper-address:}") String paperAddress) {
        this.verifications = verifications;
        this.orders = orders;
        this.errors = errors;
        this.messages = messages;
        this.paperAddress = paperAddress;
    }

    @GetMapping
    String page(@PathVariable UUID orderId, @PathVariable UUID verificationId,
            Caller user, Model model) {
        VerificationView v = owned(orderId, verificationId, user.id());
        if (v.method() == VerificationMethod.FACE) {
            return "redirect:/orders/" + orderId + "/verifications/" + verificationId + "/face";
        }
        model.addAttribute("v", v);
        model.addAttribute("paperAddress", paperAddress);
        return "verification/case";
    }

    @PostMapping("/answers")
    String answer(@PathVariable UUID orderId, @PathVariable UUID verificationId,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String smsCode,
            Caller user, RedirectAttributes redirect) {
        VerificationView v = owned(orderId, verificationId, user.id());
        return act(v, redirect, () -> {
            VerificationAnswer answer = v.method() == VerificationMethod.MICRO_DEPOSIT
                    ? VerificationAnswer.amount(Money.parseYuan("amount", amount).fen())
                    : VerificationAnswer.code(smsCode == null ? "" : smsCode);
            VerificationView after = verifications.answer(v.id(), answer, user.auditActor());
            if (after.status() == VerificationStatus.PENDING && after.attemptsLeft() < v.attemptsLeft()) {
                // a wrong answer that left tries: say so, not only how many tries remain
                String key = v.method() == VerificationMethod.MICRO_DEPOSIT
                        ? "verification.case.wrongAmount" : "verification.case.wrongCode";
                redirect.addFlashAttribute("errors",
                        List.of(messages.getMessage(key, null, LocaleContextHolder.getLocale())));
            }
        });
    }

    @PostMapping("/codes")
    String resend(@PathVariable UUID orderId, @PathVariable UUID verificationId,
            Caller user, RedirectAttributes redirect) {
        VerificationView v = owned(orderId, verificationId, user.id());
        return act(v, redirect, () -> verifications.resendCode(v.id()));
    }

    /**
     * Gives up online verification for the paper form: a draft goes on with the steps paper does not replace (the
     * orders wizard's paper route); a submitted order waits for its paper at once.
     */
    @PostMapping("/offline")
    String offline(@PathVariable UUID orderId, @PathVariable UUID verificationId,
            Caller user, RedirectAttributes redirect) {
        owned(orderId, verificationId, user.id());
        try {
            OrderView order = orders.goOffline(new OrderId(orderId), user.auditActor());
            if (order.status().isEditable()) {
                return "redirect:/orders/" + orderId + "/continue";
            }
            redirect.addFlashAttribute("offline", true);
        } catch (ProblemException e) {
            redirect.addFlashAttribute("errors", texts(e));
        }
        return "redirect:/orders/" + orderId + "/verifications/" + verificationId;
    }

    @PostMapping("/skip")
    String skip(@PathVariable UUID orderId, @PathVariable UUID verificationId,
            Caller user, RedirectAttributes redirect) {
        VerificationView v = owned(orderId, verificationId, user.id());
        return act(v, redirect, () -> verifications.skip(v.id(), user.auditActor()));
    }

    /** Runs one of the case's actions; a refusal is shown on the case's page, where every action comes back to. */
    private String act(VerificationView v, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
        } catch (ProblemException e) {
            redirect.addFlashAttribute("errors", texts(e));
        }
        return "redirect:/orders/" + v.order().id() + "/verifications/" + v.id().id();
    }

    private List<String> texts(ProblemException e) {
        return errors.sentences(e, LocaleContextHolder.getLocale(), "verification");
    }

    private VerificationView owned(UUID orderId, UUID verificationId, UUID account) {
        try {
            return verifications.statusOwned(new OrderId(orderId), new VerificationId(verificationId), account);
        } catch (NotFoundException e) {
            // same answer as for a case of another order
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
