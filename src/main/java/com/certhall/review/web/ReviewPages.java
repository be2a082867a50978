package com.certhall.review.web;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import com.certhall.documents.DocumentManagement;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.review.ReviewDecision;
import com.certhall.review.ReviewManagement;
import com.certhall.review.ReviewQuery;
import com.certhall.review.ReviewStatus;
import com.certhall.review.ReviewTaskView;
import com.certhall.shared.Caller;
import com.certhall.shared.ProblemException;
import com.certhall.web.PageErrors;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewers' pages: the queue with filters (channel, waiting time, reason), and one order's data beside its
 * materials (images and the first page of PDFs drawn in the page, PDFs also embedded) with approve and reject.
 */
@Controller
@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
class ReviewPages {

    /** Reason codes a round can carry, for the queue filter. */
    static final List<String> REASON_CODES = List.of("notVerified", "verificationManual", "verificationFailed",
            "materialsMissing", "nameMismatch", "usccInvalid", "idNumberInvalid", "prerequisiteMissing",
            "prerequisiteUnavailable", "paperNeedsEyes", "incomplete", "scanMismatch", "idCardExpired");
    static final List<Integer> AGES = List.of(0, 4, 24, 72);
    static final int STANDARD_REASONS = 6;

    private final ReviewManagement reviews;
    private final OrderManagement orders;
    private final DocumentManagement documents;
    private final CatalogManagement catalog;
    private final MessageSource messages;
    private final PageErrors errors;
    private final AuditTrail audit;

    ReviewPages(ReviewManagement reviews, OrderManagement orders, DocumentManagement documents,
            CatalogManagement catalog, MessageSource messages, PageErrors errors, AuditTrail audit) {
        this.errors = errors;
        this.audit = audit;
        this.reviews = reviews;
        this.orders = orders;
        this.documents = documents;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/admin/reviews")
    String queue(@RequestParam(required = false) @Nullable String channel,
            @RequestParam(defaultValue = "0") int age, @RequestParam(required = false) @Nullable String reason,
            Model model) {
        String ch = channel == null || channel.isBlank() ? null : channel;
        String rc = reason == null || !REASON_CODES.contains(reason) ? null : reason;
        int hours = AGES.contains(age) ? age : 0;
        List<ReviewTaskView> tasks = reviews.queue(new ReviewQuery(ReviewStatus.PENDING, ch,
                hours == 0 ? null : Duration.ofHours(hours), rc));
        model.addAttribute("tasks", tasks);
        // a renewal, change or reissue is reviewed as a new order is, and named as what it is
        model.addAttribute("orderTypes", tasks.stream().collect(java.util.stream.Collectors.toMap(
                t -> t.orderId().toString(), t -> orders.get(t.orderId()).type().name(), (a, b) -> a)));
        model.addAttribute("channels", catalog.findChannels(""));
        model.addAttribute("reasonCodes", REASON_CODES);
        model.addAttribute("ages", AGES);
        model.addAttribute("channel", ch);
        model.addAttribute("age", hours);
        model.addAttribute("reason", rc);
        return "review/queue";
    }

    @GetMapping("/admin/reviews/{orderId}")
    String order(@PathVariable String orderId, Model model) {
        OrderId id = ReviewIds.orderId(orderId);
        OrderDetails details = orders.details(id);
        List<ReviewTaskView> rounds = reviews.rounds(id);
        model.addAttribute("order", details);
        model.addAttribute("channelName", catalog.findChannel(details.order().channel()).map(ChannelRules::name)
                .orElse(details.order().channel()));
        model.addAttribute("rounds", rounds);
        model.addAttribute("current", rounds.stream().filter(r -> r.status() == ReviewStatus.PENDING)
                .findFirst().orElse(null));
        model.addAttribute("verifications", orders.verifications(id));
        model.addAttribute("documents", documents.list(ReviewIds.owner(id)));
        model.addAttribute("standardReasons", IntStream.rangeClosed(1, STANDARD_REASONS)
                .mapToObj(i -> "review.standardReason." + i).toList());
        return "review/order";
    }

    /**
     * The reviewer compares the ID numbers with the scans: this one view shows them in full, to reviewers only
     * (ADMIN implies every role, StaffRole); the reveal is audited by order, never with the numbers.
     */
    @PostMapping("/admin/reviews/{orderId}/identity-numbers")
    @PreAuthorize("hasRole('REVIEWER')")
    String reveal(@PathVariable String orderId, Model model, Caller staff) {
        String page = order(orderId, model);
        audit.recordNow(AuditRecord.of("review.revealIds", staff.auditActor(), "order:"
                + ((OrderDetails) model.getAttribute("order")).order().number()));
        model.addAttribute("revealed", true);
        return page;
    }

    @PostMapping("/admin/reviews/{orderId}/decision")
    String decide(@PathVariable String orderId, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String reasonChoice, @RequestParam(defaultValue = "") String reasonText,
            RedirectAttributes flash, Locale locale, Caller staff) {
        OrderId id = ReviewIds.orderId(orderId);
        // a standard reason is written in the applicant's language, as the rejection message that carries it
        String reason = !reasonText.isBlank() ? reasonText
                : reasonChoice.matches("review\\.standardReason\\.[1-9]")
                        ? messages.getMessage(reasonChoice, null, orders.get(id).language()) : "";
        try {
            ReviewDecision d = "APPROVE".equals(decision) ? ReviewDecision.APPROVE : ReviewDecision.REJECT;
            ReviewTaskView done = reviews.decide(id, d, reason, staff.auditActor());
            flash.addFlashAttribute("done", messages.getMessage(d == ReviewDecision.APPROVE
                    ? "review.detail.approved" : "review.detail.rejected", new Object[] {done.orderNumber()}, locale));
            return "redirect:/admin/reviews";
        } catch (ProblemException e) {
            String detail = e.violations().isEmpty() ? errors.message(e, locale)
                    : errors.fieldMessage(e.violations().get(0), locale, "review");
            flash.addFlashAttribute("error", detail);
            return "redirect:/admin/reviews/" + id;
        }
    }
}
