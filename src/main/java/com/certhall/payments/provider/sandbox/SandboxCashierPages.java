package com.certhall.payments.provider.sandbox;

import com.certhall.payments.provider.GatewayException;
import com.certhall.shared.Money;
import com.certhall.shared.SiteProperties;
import java.util.List;
import java.util.Map;
import com.certhall.payments.provider.ConditionalOnGateway;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The simulated provider's cashier, where the payment QR code leads: the payer sees merchant, order and amount and
 * pays or cancels; {@code POST /sandbox/api/cashier/{paymentId}/pay} does what the button does. After either, the
 * provider notifies the merchant. The page also shows the notification attempts and refunds.
 */
@Controller
@Profile("sandbox")
@ConditionalOnGateway("sandbox")
class SandboxCashierPages {

    record RefundRow(String refundNo, String amount, String reason) {
    }

    private final SandboxCashier cashier;
    private final SandboxNotifier notifier;
    private final SiteProperties site;

    SandboxCashierPages(SandboxCashier cashier, SandboxNotifier notifier, SiteProperties site) {
        this.cashier = cashier;
        this.notifier = notifier;
        this.site = site;
    }

    @GetMapping("/sandbox/cashier/{paymentId}")
    String page(@PathVariable String paymentId, Model model) {
        SandboxCashier.Trade trade = cashier.find(paymentId).orElse(null);
        if (trade == null) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("trade", trade);
        model.addAttribute("amount", Money.ofFen(trade.amountFen()).toString());
        model.addAttribute("merchant", site.name());
        model.addAttribute("refunds", cashier.refunds(trade.tradeNo()).stream()
                .map(r -> new RefundRow(r.refundNo(), Money.ofFen(r.amountFen()).toString(), r.reason())).toList());
        return "payments/sandbox/cashier";
    }

    @PostMapping("/sandbox/cashier/{paymentId}/pay")
    String pay(@PathVariable String paymentId, RedirectAttributes flash) {
        act(flash, () -> pay(paymentId));
        return "redirect:/sandbox/cashier/" + paymentId;
    }

    @PostMapping("/sandbox/cashier/{paymentId}/cancel")
    String cancel(@PathVariable String paymentId, RedirectAttributes flash) {
        act(flash, () -> {
            cashier.close(paymentId, true);
            notifier.schedule(paymentId);
        });
        return "redirect:/sandbox/cashier/" + paymentId;
    }

    @PostMapping("/sandbox/api/cashier/{paymentId}/pay")
    @ResponseBody
    ResponseEntity<Map<String, Object>> payApi(@PathVariable String paymentId) {
        try {
            SandboxCashier.Trade trade = pay(paymentId);
            return ResponseEntity.ok(Map.of("tradeNo", trade.tradeNo(), "status", trade.status().name(),
                    "amountFen", trade.amountFen()));
        } catch (GatewayException e) {
            HttpStatus status = "ORDERNOTEXIST".equals(e.code()) ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
            return ResponseEntity.status(status).body(Map.of("code", e.code(), "message", e.getMessage()));
        }
    }

    @GetMapping("/sandbox/api/cashier/{paymentId}")
    @ResponseBody
    ResponseEntity<Map<String, Object>> trade(@PathVariable String paymentId) {
        return cashier.find(paymentId).<ResponseEntity<Map<String, Object>>>map(t -> ResponseEntity.ok(Map.of(
                "tradeNo", t.tradeNo(), "status", t.status().name(), "amountFen", t.amountFen(),
                "notifyAttempts", t.notifyAttempts(), "notifyStatus", t.notifyStatus(),
                "refunds", List.copyOf(cashier.refunds(t.tradeNo())))))
                .orElse(ResponseEntity.notFound().build());
    }

    private SandboxCashier.Trade pay(String paymentId) {
        SandboxCashier.Trade trade = cashier.pay(paymentId);
        notifier.schedule(paymentId);
        return trade;
    }

    private void act(RedirectAttributes flash, Runnable action) {
        try {
            action.run();
        } catch (GatewayException e) {
            flash.addFlashAttribute("errorCode", e.code());
        }
    }
}
