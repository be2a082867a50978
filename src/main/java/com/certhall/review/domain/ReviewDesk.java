package com.certhall.review.domain;

import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.MaterialKind;
import com.certhall.catalog.PrerequisiteUnavailableException;
import com.certhall.documents.DocumentKind;
import com.certhall.documents.DocumentManagement;
import com.certhall.documents.DocumentOwner;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.Subject;
import com.certhall.orders.VerificationRecord.Offer;
import com.certhall.recognition.ScanKind;
import com.certhall.recognition.ScanReading;
import com.certhall.recognition.ScanRecognition;
import com.certhall.review.ReviewDecision;
import com.certhall.review.ReviewManagement;
import com.certhall.review.ReviewQuery;
import com.certhall.review.ReviewReason;
import com.certhall.review.ReviewTaskView;
import com.certhall.review.checks.AutomaticReview;
import com.certhall.review.checks.ReviewFacts;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.Uscc;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The review facade over the rounds of each order, next to the repository of rounds (docs/review.md). */
@Service
public class ReviewDesk implements ReviewManagement {

    private static final Logger log = LoggerFactory.getLogger(ReviewDesk.class);

    private final ReviewTasks tasks;
    private final OrderManagement orders;
    private final DocumentManagement documents;
    private final CatalogManagement catalog;
    private final ScanRecognition recognition;
    private final TransactionTemplate tx;
    private final AutomaticReview automatic = new AutomaticReview();
    private final Clock clock;

    ReviewDesk(ReviewTasks tasks, OrderManagement orders, DocumentManagement documents, CatalogManagement catalog,
            ScanRecognition recognition, TransactionTemplate tx, Clock clock) {
        this.tx = tx;
        this.tasks = tasks;
        this.recognition = recognition;
        this.orders = orders;
        this.documents = documents;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Reads the scans first, outside any transaction (OCR takes seconds), then records the round in one. */
    @Override
    public Optional<ReviewTaskView> open(OrderId id) {
        List<ScanReading> scans = readScans(id);
        return tx.execute(status -> openWith(id, scans));
    }

    private Optional<ReviewTaskView> openWith(OrderId id, List<ScanReading> scans) {
        OrderDetails order = orders.details(id);
        if (order.order().status() != OrderStatus.PENDING_REVIEW) {
            return Optional.empty();
        }
        List<ReviewTask> rounds = tasks.findByOrder(id.id());
        Optional<ReviewTask> waiting = rounds.stream().filter(ReviewTask::isPending).findFirst();
        if (waiting.isPresent()) {
            return Optional.of(waiting.get().view());
        }
        ChannelRules rules = catalog.channel(order.order().channel());
        List<ReviewReason> reasons = automatic.reasons(facts(order, rules, scans));
        Subject subject = order.draft().subject();
        ReviewTask task = ReviewTask.open(id, order.order().number(), rules.code(),
                subject == null ? "" : subject.name(), rounds.size() + 1, reasons, clock.instant());
        approveIfClear(task, reasons, rules);
        return Optional.of(tasks.save(task).view());
    }

    @Override
    public Optional<ReviewTaskView> recheck(OrderId id) {
        List<ScanReading> scans = readScans(id);
        return tx.execute(status -> recheckWith(id, scans));
    }

    private Optional<ReviewTaskView> recheckWith(OrderId id, List<ScanReading> scans) {
        Optional<ReviewTask> waiting = tasks.findByOrder(id.id()).stream().filter(ReviewTask::isPending).findFirst();
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        OrderDetails order = orders.details(id);
        if (order.order().status() != OrderStatus.PENDING_REVIEW) {
            return Optional.empty();
        }
        ReviewTask task = waiting.get();
        ChannelRules rules = catalog.channel(order.order().channel());
        List<ReviewReason> reasons = automatic.reasons(facts(order, rules, scans));
        task.recheck(reasons);
        approveIfClear(task, reasons, rules);
        return Optional.of(tasks.save(task).view());
    }

    private void approveIfClear(ReviewTask task, List<ReviewReason> reasons, ChannelRules rules) {
        if (reasons.isEmpty()) {
            task.decide(ReviewDecision.APPROVE, null, true, AUTO_ACTOR, clock.instant());
            orders.approve(task.orderId(), AUTO_ACTOR);
            log.info("Order {} approved by the automatic checks", task.orderNumber());
        } else {
            log.info("Order {} waits for a reviewer: {}", task.orderNumber(),
                    reasons.stream().map(ReviewReason::code).toList());
        }
    }

    @Override
    @Transactional
    public ReviewTaskView decide(OrderId id, ReviewDecision decision, @Nullable String reason, String actor) {
        String cleaned = reason == null ? "" : reason.strip().replaceAll("\\s+", " ");
        if (decision == ReviewDecision.REJECT && cleaned.isEmpty()) {
            throw InvalidInputException.of("reason", "required", "validation.required", "reason");
        }
        if (cleaned.length() > 200) {
            throw InvalidInputException.of("reason", "tooLong", "review.validation.tooLong", "reason", 200);
        }
        OrderDetails order = orders.details(id);
        ReviewTask task = tasks.findByOrder(id.id()).stream().filter(ReviewTask::isPending).findFirst()
                .orElseThrow(() -> new ReviewNotOpenException(order.order().number()));
        if (order.order().status() != OrderStatus.PENDING_REVIEW) {
            throw new ReviewNotOpenException(order.order().number());
        }
        task.decide(decision, cleaned.isEmpty() ? null : cleaned, false, actor, clock.instant());
        if (decision == ReviewDecision.APPROVE) {
            orders.approve(id, actor);
        } else {
            orders.reject(id, cleaned, actor);
        }
        return tasks.save(task).view();
    }

    @Override
    @Transactional
    public void closeWaiting(OrderId id, String action, String actor) {
        for (ReviewTask t : tasks.findByOrder(id.id())) {
            if (t.isPending()) {
                t.close(action, actor, clock.instant());
                tasks.save(t);
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReviewTaskView> queue(ReviewQuery query) {
        Instant now = clock.instant();
        return tasks.findByStatus(query.status()).stream().map(ReviewTask::view)
                .filter(t -> query.channel() == null || query.channel().equals(t.channel()))
                .filter(t -> query.olderThan() == null || !t.openedAt().plus(query.olderThan()).isAfter(now))
                .filter(t -> query.reason() == null
                        || t.reasons().stream().anyMatch(r -> r.code().equals(query.reason())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReviewTaskView> rounds(OrderId id) {
        return tasks.findByOrder(id.id()).stream().map(ReviewTask::view).toList();
    }

    /** What the order's scans say (empty when recognition is off); each document read in its own short call. */
    private List<ScanReading> readScans(OrderId id) {
        List<ScanReading> scans = new ArrayList<>();
        if (!recognition.enabled()) {
            return scans;
        }
        DocumentOwner owner = DocumentOwner.of("order", id.id());
        documents.list(owner).forEach(d -> ScanKind.of(d.kind()).ifPresent(kind -> scans.add(recognition.readStored(d,
                kind, () -> documents.content(owner, d.documentId()).bytes()))));
        return scans;
    }

    private ReviewFacts facts(OrderDetails order, ChannelRules rules, List<ScanReading> scans) {
        Set<MaterialKind> present = EnumSet.noneOf(MaterialKind.class);
        DocumentOwner owner = DocumentOwner.of("order", order.id().id());
        documents.list(owner).forEach(d -> {
            if (d.kind() != DocumentKind.PAYMENT_VOUCHER) {
                present.add(MaterialKind.valueOf(d.kind().name()));
            }
        });
        List<String> parties = orders.verificationOffers(order.id()).stream().map(Offer::party).distinct()
                .toList();
        return new ReviewFacts(order, rules, orders.verifications(order.id()), parties, present,
                prerequisite(order, rules), scans, LocalDate.ofInstant(clock.instant(), clock.getZone()));
    }

    private ReviewFacts.Prerequisite prerequisite(OrderDetails order, ChannelRules rules) {
        if (!rules.hasPrerequisite()) {
            return ReviewFacts.Prerequisite.NOT_APPLICABLE;
        }
        if (!(order.draft().subject() instanceof Subject.Organization org) || !Uscc.isValid(org.uscc())) {
            return ReviewFacts.Prerequisite.NOT_REGISTERED;
        }
        try {
            return catalog.checkPrerequisite(rules.code(), Uscc.parse("uscc", org.uscc())).isAllowed()
                    ? ReviewFacts.Prerequisite.REGISTERED : ReviewFacts.Prerequisite.NOT_REGISTERED;
        } catch (PrerequisiteUnavailableException e) {
            return ReviewFacts.Prerequisite.UNAVAILABLE;
        }
    }
}
