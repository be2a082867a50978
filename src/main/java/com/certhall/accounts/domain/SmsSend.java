package com.certhall.accounts.domain;

import com.certhall.shared.MobileNumber;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One SMS sent on somebody's request (a code or a link), kept for a day to count against {@link SmsSendPolicy}. */
@Entity
@Table(name = "accounts_sms_send")
class SmsSend {

    @Id
    private UUID id;
    private String mobile;
    private String kind;
    private @Nullable UUID accountId;
    private @Nullable String clientIp;
    private Instant sentAt;

    protected SmsSend() {
    }

    SmsSend(MobileNumber mobile, String kind, @Nullable UUID accountId, @Nullable String clientIp, Instant now) {
        this.id = UUID.randomUUID();
        this.mobile = mobile.value();
        this.kind = kind;
        this.accountId = accountId;
        this.clientIp = clientIp;
        this.sentAt = now;
    }

    String kind() {
        return kind;
    }

    Instant sentAt() {
        return sentAt;
    }
}
