package com.certhall.orders;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import com.certhall.shared.Masking;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * What an order publishes besides its moves ({@link OrderStatusChanged}): the online authorization asked for and
 * signed, a mailing address changed after submission, an identity check recorded. Auditable ones are appended to
 * the audit log in the publishing transaction; personal data in them is masked.
 */
public final class OrderEvents {

    private OrderEvents() {
    }

    /**
     * The handler asked the legal representative to sign the authorization letter online. The notifications module
     * sends the link by SMS to {@code legalRepMobile}, reading it through {@link OrderManagement#authorizationLink}
     * (the event is stored, so it carries no token); the link is valid until {@code expiresAt}.
     */
    public record AuthorizationRequested(OrderId applicationId, String number, String organizationName,
            String legalRepName, String legalRepMobile, String handlerName, Instant expiresAt,
            Locale locale, String actor) implements Auditable {

        @Override
        public AuditRecord toAuditRecord() {
            return AuditRecord.of("orders.authorizationRequested", actor, "order:" + number)
                    .with("mobile", Masking.mask(legalRepMobile, 3, 4));
        }

        @Override
        public String toString() {
            return "AuthorizationRequested[" + number + ", " + Masking.mask(legalRepMobile, 3, 4) + "]";
        }
    }

    /**
     * The legal representative signed the authorization letter online (SMS link, phone page, SMS code), so the
     * handler may act for the organisation without an uploaded stamped letter. {@code signer} is his name and masked ID.
     */
    public record AuthorizationSigned(OrderId applicationId, String number, String channel, String signer,
            Instant at) implements Auditable {

        @Override
        public AuditRecord toAuditRecord() {
            return AuditRecord.of("orders.authorizationSigned", "legalRep:" + signer, "order:" + number)
                    .with("channel", channel);
        }
    }

    /** The applicant changed where the UKEY is mailed after submitting the order (before shipment). */
    public record MailingAddressChanged(OrderId applicationId, String number, Instant at) implements Auditable {

        @Override
        public AuditRecord toAuditRecord() {
            return AuditRecord.of("orders.mailingAddressChanged", "applicant", "order:" + number);
        }
    }

    /** A finished identity check was recorded on an order (once per verification case). */
    public record VerificationRecorded(OrderId order, UUID verificationId, VerificationRecord.Outcome outcome) {
    }
}
