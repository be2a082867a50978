package com.certhall.support.conversation;

import com.certhall.shared.Masking;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who asks: a signed-in applicant, or a visitor who proved a contact mobile by SMS code in this browser session.
 * A conversation belongs to its account; a visitor's to the mobile he proved and no account.
 */
public record Customer(@Nullable UUID accountId, @Nullable String mobile) {

    public Customer {
        if ((accountId == null) == (mobile == null)) {
            throw new IllegalArgumentException("a customer is an account or a proven mobile");
        }
    }

    public static Customer applicant(UUID accountId) {
        return new Customer(accountId, null);
    }

    public static Customer visitor(String provenMobile) {
        return new Customer(null, provenMobile);
    }

    boolean owns(ConversationView c) {
        return accountId != null ? accountId.equals(c.accountId())
                : c.accountId() == null && mobile.equals(c.contactMobile());
    }

    String actor() {
        return accountId != null ? "applicant:" + accountId : "visitor:" + Masking.mask(mobile, 3, 4);
    }
}
