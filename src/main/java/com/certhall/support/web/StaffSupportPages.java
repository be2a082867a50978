package com.certhall.support.web;

import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.shared.Caller;
import com.certhall.shared.ProblemException;
import com.certhall.support.conversation.ConversationView;
import com.certhall.support.conversation.Conversations;
import com.certhall.support.conversation.SupportAttachments;
import com.certhall.web.PageErrors;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The SUPPORT staff's desk at {@code /admin/support}: the queue (longest waiting first) with the response-time
 * figures, and one conversation beside the customer's orders and the attached order's history, with canned answers.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPPORT','ADMIN')")
class StaffSupportPages {

    static final int CANNED = 5;

    private final Conversations conversations;
    private final OrderManagement orders;
    private final PageErrors errors;
    private final SupportAttachments attachments;

    StaffSupportPages(Conversations conversations, OrderManagement orders, PageErrors errors,
            SupportAttachments attachments) {
        this.conversations = conversations;
        this.attachments = attachments;
        this.orders = orders;
        this.errors = errors;
    }

    @GetMapping("/admin/support")
    String queue(Model model) {
        model.addAttribute("queue", conversations.queue());
        model.addAttribute("figures", conversations.figures());
        return "support/admin/queue";
    }

    @GetMapping("/admin/support/{id}")
    String conversation(@PathVariable UUID id, Model model) {
        PageErrors.none(model);
        return page(conversations.get(id), model);
    }

    @GetMapping("/admin/support/{id}/messages")
    String messages(@PathVariable UUID id, Model model) {
        return SupportModels.messages(model, conversations.messages(conversations.get(id).id(), 0), true);
    }

    @PostMapping("/admin/support/{id}/messages")
    String answer(@PathVariable UUID id, @RequestParam(required = false) @Nullable String text, Principal staff,
            Locale locale, Model model) {
        try {
            conversations.answer(id, staff.getName(), text == null ? "" : text);
            return "redirect:/admin/support/" + id;
        } catch (ProblemException e) {
            SupportModels.rethrowNotFound(e);
            errors.show(e, model, locale, "support");
            model.addAttribute("text", text);
            return page(conversations.get(id), model);
        }
    }

    @PostMapping("/admin/support/{id}/assignment")
    String take(@PathVariable UUID id, Principal staff, Caller caller) {
        conversations.assign(id, staff.getName(), caller.auditActor());
        return "redirect:/admin/support/" + id;
    }

    @PostMapping("/admin/support/{id}/closing")
    String close(@PathVariable UUID id, Caller caller) {
        conversations.close(id, caller.auditActor());
        return "redirect:/admin/support";
    }

    private String page(ConversationView c, Model model) {
        SupportModels.conversation(model, c, conversations.messages(c.id(), 0), true,
                attachments.forStaff(c.id()));
        model.addAttribute("customerOrders", c.accountId() == null ? List.of() : orders.ofAccount(c.accountId()));
        model.addAttribute("orderHistory",
                c.orderId() == null ? List.of() : orders.details(new OrderId(c.orderId())).history());
        model.addAttribute("canned", IntStream.rangeClosed(1, CANNED).mapToObj(i -> "support.canned." + i).toList());
        return "support/admin/conversation";
    }
}
