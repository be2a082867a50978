package com.certhall.invoicing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * The holder's sends of one invoice on the day (platform zone) of the last one: the daily limit of redeliveries.
 */
@Embeddable
record MailAllowance(@Column(name = "mail_day") @Nullable String day,
        @Column(name = "mails_that_day", nullable = false) int used) {

    static final MailAllowance NONE = new MailAllowance(null, 0);

    /** The allowance after one more send {@code today}, or null when {@code perDay} are used up. */
    @Nullable MailAllowance take(String today, int perDay) {
        boolean sameDay = today.equals(day);
        return sameDay && used >= perDay ? null : new MailAllowance(today, sameDay ? used + 1 : 1);
    }
}
