package com.certhall.sandbox.inbox;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sandbox index and the inbox page (refreshing itself every few seconds through htmx). */
@Controller
@Profile("sandbox")
class SandboxPages {

    private final SandboxInbox inbox;
    private final SandboxSmsGateway sms;

    SandboxPages(SandboxInbox inbox, SandboxSmsGateway sms) {
        this.inbox = inbox;
        this.sms = sms;
    }

    @GetMapping("/sandbox")
    String index(Model model) {
        model.addAttribute("smsDown", sms.outage());
        return "sandbox/index";
    }

    @GetMapping("/sandbox/inbox")
    String inbox(@RequestParam(required = false) String to, Model model) {
        model.addAttribute("to", to);
        model.addAttribute("messages", inbox.messages(to, 100));
        model.addAttribute("smsDown", sms.outage());
        return "sandbox/inbox";
    }

    @GetMapping("/sandbox/inbox/messages")
    String messages(@RequestParam(required = false) String to, Model model) {
        model.addAttribute("messages", inbox.messages(to, 100));
        return "sandbox/inbox :: messages";
    }

    @PostMapping("/sandbox/sms/outage")
    String outage(@RequestParam boolean down) {
        sms.outage(down);
        return "redirect:/sandbox/inbox";
    }
}
