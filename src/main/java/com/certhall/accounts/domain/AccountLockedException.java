package com.certhall.accounts.domain;

import com.certhall.shared.ProblemException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** 423: too many wrong passwords; the message says until when (China time, with its offset). */
public class AccountLockedException extends ProblemException {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Instant lockedUntil;

    public AccountLockedException(Instant lockedUntil) {
        super(423, "accounts.error.locked", "Account locked until " + lockedUntil,
                lockedUntil.atZone(CHINA).toOffsetDateTime().truncatedTo(ChronoUnit.MINUTES).toString());
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
