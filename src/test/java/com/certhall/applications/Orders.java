package com.certhall.applications;

import com.certhall.applications.domain.Application;
import java.time.Instant;
import java.util.UUID;

/** Test fixtures: orders brought into each state through the real transitions, never by reflection. */
final class Orders {

    static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    static final String ACTOR = "applicant:test";

    private Orders() {
    }

    static Application draft() {
        return Application.draft(ApplicationId.random(), "CH" + System.nanoTime(), UUID.randomUUID(), "demo",
                OrderType.NEW, SubjectType.ORGANIZATION, ACTOR, NOW);
    }

    static Application submitted(boolean payFirst) {
        Application a = draft();
        a.submit(payFirst, ACTOR, NOW);
        return a;
    }

    static Application in(ApplicationStatus status) {
        Application a;
        switch (status) {
            case DRAFT -> a = draft();
            case SUBMITTED -> a = submitted(true);
            case PENDING_PAYMENT -> {
                a = submitted(true);
                a.route(ACTOR, NOW);
            }
            case PENDING_REVIEW -> {
                a = submitted(false);
                a.route(ACTOR, NOW);
            }
            case REJECTED -> {
                a = in(ApplicationStatus.PENDING_REVIEW);
                a.reject("营业执照不清晰", "staff:reviewer", NOW);
            }
            case AWAITING_PAPER -> {
                a = draft();
                a.goOffline(ACTOR, NOW);
            }
            case APPROVED -> {
                a = in(ApplicationStatus.PENDING_REVIEW);
                a.approve("staff:reviewer", NOW);
                a.markPaid("system", NOW);
            }
            case ISSUING -> {
                a = in(ApplicationStatus.APPROVED);
                a.startIssuing("system", NOW);
            }
            case ISSUED -> {
                a = in(ApplicationStatus.ISSUING);
                a.markIssued("system", NOW);
            }
            case SHIPPED -> {
                a = in(ApplicationStatus.ISSUED);
                a.ship("staff:operator", "SF 123", NOW);
            }
            case COMPLETED -> {
                a = in(ApplicationStatus.SHIPPED);
                a.complete("system", NOW);
            }
            case CANCELLED -> {
                a = draft();
                a.cancel("不再需要", ACTOR, NOW);
            }
            default -> throw new IllegalArgumentException(status.name());
        }
        if (a.status() != status) {
            throw new IllegalStateException("fixture reached " + a.status() + " instead of " + status);
        }
        return a;
    }
}
