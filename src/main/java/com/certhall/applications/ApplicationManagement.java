package com.certhall.applications;

import com.certhall.applications.domain.Application;
import com.certhall.applications.persistence.Applications;
import com.certhall.applications.persistence.OrderNumbers;
import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.FlowOrder;
import com.certhall.documents.DocumentManagement;
import com.certhall.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The orders facade. Other modules report results here ({@link #markPaid}, {@link #approve}, {@link #reject},
 * issuance steps) so the whole state machine lives in one aggregate; each call is one transaction that saves the
 * order, its history line and its events (audit entry and outbox) together.
 */
@Service
public class ApplicationManagement {

    private final Applications applications;
    private final OrderNumbers numbers;
    private final DocumentManagement documents;
    private final CatalogManagement catalog;
    private final Clock clock;

    ApplicationManagement(Applications applications, OrderNumbers numbers, DocumentManagement documents,
            CatalogManagement catalog, Clock clock) {
        this.applications = applications;
        this.catalog = catalog;
        this.documents = documents;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ApplicationView get(ApplicationId id) {
        return view(load(id));
    }

    /** The order if {@code accountId} owns it; another account's order is reported as not found. */
    @Transactional(readOnly = true)
    public ApplicationView getOwned(ApplicationId id, UUID accountId) {
        return view(owned(id, accountId));
    }

    @Transactional(readOnly = true)
    public List<ApplicationView> ofAccount(UUID accountId) {
        return applications.findByAccount(accountId).stream().map(ApplicationManagement::view).toList();
    }

    /** The order with its data and history (for review, payments, verification, lifecycle). */
    @Transactional(readOnly = true)
    public ApplicationDetails details(ApplicationId id) {
        return details(load(id));
    }

    /** As {@link #details(ApplicationId)} when {@code accountId} owns the order; else 404. */
    @Transactional(readOnly = true)
    public ApplicationDetails detailsOwned(ApplicationId id, UUID accountId) {
        return details(owned(id, accountId));
    }

    /** The order's total in fen as quoted when its products were chosen. */
    @Transactional(readOnly = true)
    public long totalFen(ApplicationId id) {
        return load(id).draft().totalFen();
    }

    /** Verification after submission is done: on to payment or review as the channel's flow says. */
    @Transactional
    public ApplicationView route(ApplicationId id, String actor) {
        return change(id, a -> a.route(actor, clock.instant()));
    }

    @Transactional
    public ApplicationView cancel(ApplicationId id, String reason, String actor) {
        return change(id, a -> a.cancel(reason, actor, clock.instant()));
    }

    @Transactional
    public ApplicationView markPaid(ApplicationId id, String actor) {
        return change(id, a -> a.markPaid(actor, clock.instant()));
    }

    @Transactional
    public ApplicationView approve(ApplicationId id, String actor) {
        return change(id, a -> a.approve(actor, clock.instant()));
    }

    /** Returns the order for correction: editable again and its materials unlocked for replacement. */
    @Transactional
    public ApplicationView reject(ApplicationId id, String reason, String actor) {
        ApplicationView rejected = change(id, a -> a.reject(reason, actor, clock.instant()));
        documents.unlock(OrderMaterials.owner(id), actor);
        return rejected;
    }

    @Transactional
    public ApplicationView startIssuing(ApplicationId id, String actor) {
        return change(id, a -> a.startIssuing(actor, clock.instant()));
    }

    @Transactional
    public ApplicationView markIssued(ApplicationId id, String actor) {
        return change(id, a -> a.markIssued(actor, clock.instant()));
    }

    @Transactional
    public ApplicationView ship(ApplicationId id, String note, String actor) {
        return change(id, a -> a.ship(actor, note, clock.instant()));
    }

    @Transactional
    public ApplicationView complete(ApplicationId id, String actor) {
        return change(id, a -> a.complete(actor, clock.instant()));
    }

    /**
     * The paper path: the order waits for its signed paper form. The form lists what is applied for, so a draft needs
     * its products first (409 {@code applications.step.missing.items}); the channel's flow order is kept.
     */
    @Transactional
    public ApplicationView goOffline(ApplicationId id, String actor) {
        Application order = load(id);
        if (order.status() == ApplicationStatus.DRAFT && order.draft().lines().isEmpty()) {
            throw new StepMissingException("items");
        }
        return change(id, a -> a.goOffline(catalog.findChannel(a.channel())
                .map(c -> c.flow() == FlowOrder.PAY_THEN_REVIEW).orElse(false), actor, clock.instant()));
    }

    @Transactional
    public ApplicationView receivePaper(ApplicationId id, String actor) {
        return change(id, a -> a.receivePaper(actor, clock.instant()));
    }

    /** Creates a draft order; used by the wizard's first step. */
    @Transactional
    public ApplicationView createDraft(UUID accountId, String channel, OrderType type, SubjectType subjectType,
            String actor) {
        Application a = Application.draft(ApplicationId.random(), numbers.next(), accountId, channel, type,
                subjectType, actor, clock.instant());
        return view(applications.save(a));
    }

    private ApplicationView change(ApplicationId id, Consumer<Application> move) {
        Application a = load(id);
        move.accept(a);
        return view(applications.save(a));
    }

    private Application owned(ApplicationId id, UUID accountId) {
        Application a = load(id);
        if (!a.accountId().equals(accountId)) {
            throw new NotFoundException("order", id);
        }
        return a;
    }

    static ApplicationDetails details(Application a) {
        return new ApplicationDetails(view(a), a.draft(), a.history().stream()
                .map(h -> new ApplicationDetails.Move(h.from(), h.to(), h.action(), h.actor(), h.note(), h.at()))
                .toList(), a.authorizationSignedAt(), a.authorizationSignedBy());
    }

    private Application load(ApplicationId id) {
        return applications.findById(id.id()).orElseThrow(() -> new NotFoundException("order", id));
    }

    static ApplicationView view(Application a) {
        return new ApplicationView(a.id(), a.number(), a.accountId(), a.channel(), a.type(), a.subjectType(),
                a.status(), a.isPayFirst(), a.isPaid(), a.isApproved(), a.rejectionReason(), a.createdAt(),
                a.updatedAt(), a.version());
    }
}
