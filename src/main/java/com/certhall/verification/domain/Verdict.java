package com.certhall.verification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** Who ended a case, when and how ({@code amountMatched}, {@code tooManyWrongCodes}, {@code expired} ...). */
@Embeddable
record Verdict(
        @Column(name = "decided_by", length = 200) String by,
        @Column(name = "decided_at") Instant at,
        @Column(name = "decided_how", length = 60) String how) {

    private static final int MAX_HOW = 60;

    Verdict {
        how = how.length() > MAX_HOW ? how.substring(0, MAX_HOW) : how;
    }
}
