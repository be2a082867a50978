package com.certhall.support.web;

import com.certhall.shared.ProblemException;
import com.certhall.support.conversation.ContactCodes;
import com.certhall.support.conversation.ConversationView;
import com.certhall.support.conversation.Conversations;
import com.certhall.support.conversation.Customer;
import com.certhall.support.conversation.SupportAttachments;
import com.certhall.web.PageErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 在线客服 for customers: a page on phones, the same page inside the small panel on desktops ({@code embed=1}). The
 * conversation page polls its messages (htmx), so answers appear without a reload.
 */
@Controller
class SupportPages {

    private final Conversations conversations;
    private final PageErrors errors;
    private final ContactCodes codes;
    private final SupportAttachments attachments;

    SupportPages(Conversations conversations, PageErrors errors, ContactCodes codes, SupportAttachments attachments) {
        this.conversations = conversations;
        this.attachments = attachments;
        this.errors = errors;
        this.codes = codes;
    }

    @GetMapping("/support")
    String start(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable UUID order, @RequestParam(defaultValue = "false") boolean embed,
            HttpSession session, Model model) {
        PageErrors.none(model);
        Optional<Customer> who = SupportVisitor.of(session);
        return SupportModels.start(model, embed, order != null ? order : SupportVisitor.orderOf(from),
                who.orElse(null), who.map(conversations::ofCustomer).orElse(List.of()),
                who.isEmpty() ? codes.captcha() : null);
    }

    @PostMapping("/support/conversations")
    String create(@RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable UUID order, @RequestParam(defaultValue = "false") boolean embed,
            HttpSession session, HttpServletRequest request, Locale locale, Model model) {
        Customer who = SupportVisitor.of(session, "new");
        try {
            ConversationView c = conversations.start(who, text == null ? "" : text, order, request.getRemoteAddr());
            return "redirect:/support/" + c.id() + SupportVisitor.embed(embed);
        } catch (ProblemException e) {
            SupportModels.rethrowNotFound(e);
            errors.show(e, model, locale, "support");
            model.addAttribute("text", text);
            return SupportModels.start(model, embed, order, who, conversations.ofCustomer(who), null);
        }
    }

    @GetMapping("/support/{id}")
    String conversation(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean embed,
            HttpSession session, Model model) {
        PageErrors.none(model);
        return page(conversations.own(id, SupportVisitor.of(session, id)), embed, model);
    }

    @GetMapping("/support/{id}/messages")
    String messages(@PathVariable UUID id, HttpSession session, Model model) {
        ConversationView c = conversations.own(id, SupportVisitor.of(session, id));
        return SupportModels.messages(model, conversations.messages(c.id(), 0), false);
    }

    @PostMapping("/support/{id}/messages")
    String post(@PathVariable UUID id, @RequestParam(required = false) @Nullable String text,
            @RequestParam(defaultValue = "false") boolean embed, HttpSession session, Locale locale, Model model) {
        Customer who = SupportVisitor.of(session, id);
        try {
            conversations.post(id, who, text == null ? "" : text);
            return "redirect:/support/" + id + SupportVisitor.embed(embed);
        } catch (ProblemException e) {
            SupportModels.rethrowNotFound(e);
            errors.show(e, model, locale, "support");
            model.addAttribute("text", text);
            return page(conversations.own(id, who), embed, model);
        }
    }

    private String page(ConversationView c, boolean embed, Model model) {
        SupportModels.conversation(model, c, conversations.messages(c.id(), 0), false,
                attachments.forStaff(c.id()));
        model.addAttribute("embed", embed);
        return "support/conversation";
    }
}
