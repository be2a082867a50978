package com.certhall.review;

/** Where a review round stands. */
public enum ReviewStatus {
    /** Waiting in the manual queue. */
    PENDING,
    /** Approved by a reviewer or by the automatic checks. */
    APPROVED,
    /** Returned to the applicant with a reason; a resubmission opens the next round. */
    REJECTED,
    /** The order left review another way (cancelled) before anyone decided. */
    CLOSED
}
