package com.certhall.accounts.domain;

import com.certhall.shared.ProblemException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** 423: too many wrong passwords; the message says until when (China time, with its offset). */
public class AccountLockedException extends ProblemException {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '(UTC'xxx')'")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Instant lockedUntil;

    public AccountLockedException(Instant lockedUntil) {
        super(423, "accounts.error.locked", "Account locked until " + lockedUntil,
                SHOWN.format(lockedUntil));
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
