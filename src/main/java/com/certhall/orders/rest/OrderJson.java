package com.certhall.orders.rest;

import com.certhall.catalog.CertificateType;
import com.certhall.catalog.KeyAlgorithm;
import com.certhall.catalog.Medium;
import com.certhall.catalog.VerificationStage;
import com.certhall.documents.DocumentKind;
import com.certhall.documents.StoredDocument;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderDraft.DeliveryInfo;
import com.certhall.orders.OrderDraft.InvoiceInfo;
import com.certhall.orders.OrderDraft.OrderLine;
import com.certhall.orders.OrderDraft;
import com.certhall.orders.OrderFacts.CertificateFact;
import com.certhall.orders.OrderFacts.PaymentFact;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import com.certhall.orders.Subject.IdType;
import com.certhall.orders.Subject.Party;
import com.certhall.orders.Subject;
import com.certhall.orders.SubjectType;
import com.certhall.orders.domain.NextActions;
import com.certhall.shared.Masking;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The order as the API shows it (docs/development.md, "API"): identifiers, mobiles and accounts masked; CSRs reduced
 * to whether one is present. Absent values are left out of the JSON.
 */
@Schema(name = "Order")
record OrderJson(String id, String number, String channel, OrderType type, SubjectType subjectType,
        @Schema(description = "The certificate a lifecycle order (RENEWAL, CHANGE, REISSUE, REVOCATION) acts on")
        @Nullable String certificateSerial,
        OrderStatus status,
        @Schema(description = "What the applicant can do now: CONTINUE, SUBMIT, VERIFY, PAY, EDIT, RESUBMIT, "
                + "MAIL_PAPER, CANCEL, CONFIRM_RECEIPT") List<String> nextActions,
        @Schema(description = "Pay before review (the channel's flow order, fixed at submission)") boolean payFirst,
        boolean paid,
        @Schema(description = "The paper path: the signed paper form replaces the identity checks, the uploaded "
                + "materials and the SMS signature; a draft on it is submitted with POST .../paper-submission")
        boolean onPaper,
        @Nullable String rejectionReason, Instant createdAt, Instant updatedAt,
        @Nullable Instant agreementAcceptedAt, @Nullable SubjectJson subject, List<LineJson> lines,
        @Schema(description = "The products' total in fen (分)") long totalFen, @Nullable InvoiceJson invoice,
        @Nullable DeliveryJson delivery,
        @Schema(description = "The legal representative's online signature of the authorization letter")
        @Nullable AuthorizationJson authorization,
        @Schema(description = "When the applicant signed the application with the SMS code") @Nullable Instant signedAt,
        List<MoveJson> history,
        @Schema(description = "Parties whose identity check must still pass (or go to a reviewer) before submission")
        List<String> unverifiedParties,
        List<CertificateFact> certificates, @Nullable PaymentFact payment) {

    static OrderJson of(OrderDetails d, VerificationStage stage, List<String> unverifiedParties,
            List<CertificateFact> certificates, @Nullable PaymentFact payment) {
        OrderView v = d.order();
        OrderDraft draft = d.draft();
        return new OrderJson(v.id().toString(), v.number(), v.channel(), v.type(), v.subjectType(),
                v.certificateSerial(), v.status(), NextActions.of(v.status(), stage), v.payFirst(), v.paid(), v.onPaper(), v.rejectionReason(),
                v.createdAt(), v.updatedAt(), draft.agreementAcceptedAt(), SubjectJson.of(draft.subject()),
                draft.lines().stream().map(LineJson::of).toList(), draft.totalFen(), InvoiceJson.of(draft.invoice()),
                DeliveryJson.of(draft.delivery()), d.authorizationSignedAt() == null ? null
                        : new AuthorizationJson(d.authorizationSignedAt(), d.authorizationSignedBy()),
                draft.signedAt(), d.history().stream().map(h -> new MoveJson(h.from(), h.to(), h.action(), h.note(),
                        h.at())).toList(), unverifiedParties, certificates, payment);
    }

    /** One order in the applicant's list. */
    @Schema(name = "OrderSummary")
    record Summary(String id, String number, String channel, OrderType type, SubjectType subjectType,
            @Nullable String certificateSerial, OrderStatus status, List<String> nextActions, boolean payFirst, boolean paid,
            @Nullable String rejectionReason, Instant createdAt, Instant updatedAt,
            @Schema(description = "The products' total in fen (分)") long totalFen) {

        static Summary of(OrderView v, VerificationStage stage, long totalFen) {
            return new Summary(v.id().toString(), v.number(), v.channel(), v.type(), v.subjectType(),
                    v.certificateSerial(), v.status(),
                    NextActions.of(v.status(), stage), v.payFirst(), v.paid(), v.rejectionReason(), v.createdAt(),
                    v.updatedAt(), totalFen);
        }
    }

    /** The organisation with its people, or the person; one of {@code organization} and {@code person} is set. */
    @Schema(name = "OrderSubject")
    record SubjectJson(@Nullable OrganizationJson organization, @Nullable PartyJson handler,
            @Nullable Boolean handlerIsLegalRep, @Nullable PartyJson person) {

        static @Nullable SubjectJson of(@Nullable Subject s) {
            if (s == null) {
                return null;
            }
            if (s instanceof Subject.Organization org) {
                return new SubjectJson(new OrganizationJson(org.name(), Masking.mask(org.uscc(), 4, 4), org.address(),
                        PartyJson.of(org.legalRep())), PartyJson.of(org.handler()), org.handlerIsLegalRep(), null);
            }
            return new SubjectJson(null, null, null, PartyJson.of(s.handler()));
        }
    }

    @Schema(name = "OrderOrganization")
    record OrganizationJson(String name, @Schema(description = "USCC, masked") String uscc, String address,
            PartyJson legalRep) {
    }

    /** A person of the order; e-mail, address and department only where the role has them. */
    @Schema(name = "OrderParty")
    record PartyJson(String name, IdType idType, @Schema(description = "Masked") String idNumber,
            @Schema(description = "Masked") String mobile, @Nullable String email, @Nullable String address,
            @Nullable String department) {

        static PartyJson of(Party p) {
            return new PartyJson(p.name(), p.idType(), p.maskedIdNumber(), p.maskedMobile(),
                    p.email().isEmpty() ? null : Masking.maskEmail(p.email()),
                    p.address().isEmpty() ? null : p.address(), p.department().isEmpty() ? null : p.department());
        }
    }

    @Schema(name = "OrderLine")
    record LineJson(String productCode, String productName, CertificateType certType, Medium medium, int years,
            int quantity, KeyAlgorithm keyAlgorithm,
            @Schema(description = "Whether the holder brought a PKCS#10 request") boolean holderCsr, long totalFen) {

        static LineJson of(OrderLine l) {
            return new LineJson(l.productCode(), l.productName(), l.certType(), l.medium(), l.years(), l.quantity(),
                    l.keyAlgorithm(), l.csrPem() != null, l.totalFen());
        }
    }

    /** {@code wanted} false alone when no invoice is wanted. */
    @Schema(name = "OrderInvoice")
    record InvoiceJson(boolean wanted, @Nullable String title, @Schema(description = "Masked") @Nullable String taxNumber,
            @Nullable String address, @Nullable String phone, @Nullable String bankName,
            @Schema(description = "Masked") @Nullable String bankAccount,
            @Schema(description = "Masked") @Nullable String email) {

        static @Nullable InvoiceJson of(@Nullable InvoiceInfo i) {
            if (i == null) {
                return null;
            }
            if (!i.wanted()) {
                return new InvoiceJson(false, null, null, null, null, null, null, null);
            }
            return new InvoiceJson(true, i.title(), Masking.mask(i.taxNumber(), 4, 4), i.address(), i.phone(),
                    i.bankName(), Masking.mask(i.bankAccount(), 4, 4), Masking.maskEmail(i.email()));
        }
    }

    @Schema(name = "OrderDelivery")
    record DeliveryJson(DeliveryInfo.Method method, String recipient, @Schema(description = "Masked") String phone,
            String address) {

        static @Nullable DeliveryJson of(@Nullable DeliveryInfo d) {
            return d == null ? null : new DeliveryJson(d.method(), d.recipient(), Masking.mask(d.phone(), 3, 4),
                    d.address());
        }
    }

    @Schema(name = "OrderAuthorization")
    record AuthorizationJson(Instant signedAt, @Schema(description = "Name and masked ID number") String signedBy) {
    }

    /** One line of the order's history; {@code from} is absent for its creation. */
    @Schema(name = "OrderMove")
    record MoveJson(@Nullable OrderStatus from, OrderStatus to, String action, @Nullable String note, Instant at) {
    }

    /** An uploaded material of the order. */
    @Schema(name = "OrderDocument")
    record DocumentJson(String documentId, DocumentKind kind, long size, String contentType, String sha256,
            String fileName, Instant uploadedAt) {

        static DocumentJson of(StoredDocument d) {
            return new DocumentJson(d.documentId().toString(), d.kind(), d.size(), d.contentType(), d.sha256(),
                    d.originalName(), d.uploadedAt());
        }
    }

    /** When the SMS link to the legal representative lapses. */
    @Schema(name = "AuthorizationLinkSent")
    record LinkSent(Instant expiresAt) {
    }
}
