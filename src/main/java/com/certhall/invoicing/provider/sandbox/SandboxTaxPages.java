package com.certhall.invoicing.provider.sandbox;

import java.time.Duration;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** {@code /sandbox/tax}: the simulated tax platform's switches (outage, busy share, 开票中 time) and its books. */
@Controller
@Profile("sandbox")
class SandboxTaxPages {

    private final SandboxTaxSwitches switches;
    private final SandboxTaxBooks books;

    SandboxTaxPages(SandboxTaxSwitches switches, SandboxTaxBooks books) {
        this.switches = switches;
        this.books = books;
    }

    @GetMapping("/sandbox/tax")
    String page(Model model) {
        model.addAttribute("outage", switches.outage());
        model.addAttribute("failurePercent", switches.failurePercent());
        model.addAttribute("delaySeconds", switches.issuingDelay().toSeconds());
        model.addAttribute("invoices", books.latest(50));
        return "invoicing/sandbox";
    }

    @PostMapping("/sandbox/tax/switches")
    String set(@RequestParam(defaultValue = "false") boolean outage, @RequestParam(defaultValue = "0") int failurePercent,
            @RequestParam(defaultValue = "3") long delaySeconds) {
        switches.outage(outage);
        switches.failurePercent(failurePercent);
        switches.issuingDelay(Duration.ofSeconds(Math.max(0, Math.min(delaySeconds, 3600))));
        return "redirect:/sandbox/tax";
    }

    /** The switches as they stand. */
    record Switches(boolean outage, int failurePercent, long delaySeconds) {
    }

    /** The same switches for scripts and tests; a parameter left out keeps its value. */
    @PostMapping("/sandbox/api/tax/switches")
    @ResponseBody
    Switches api(@RequestParam(required = false) Boolean outage, @RequestParam(required = false) Integer failurePercent,
            @RequestParam(required = false) Long delaySeconds) {
        if (outage != null) {
            switches.outage(outage);
        }
        if (failurePercent != null) {
            switches.failurePercent(failurePercent);
        }
        if (delaySeconds != null) {
            switches.issuingDelay(Duration.ofSeconds(Math.max(0, Math.min(delaySeconds, 3600))));
        }
        return new Switches(switches.outage(), switches.failurePercent(), switches.issuingDelay().toSeconds());
    }
}
