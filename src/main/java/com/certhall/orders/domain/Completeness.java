package com.certhall.orders.domain;

import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.MaterialKind;
import com.certhall.catalog.VerificationParty;
import com.certhall.catalog.VerificationStage;
import com.certhall.documents.StoredDocument;
import com.certhall.orders.OrderDraft;
import com.certhall.orders.Subject;
import com.certhall.orders.SubjectType;
import com.certhall.orders.VerificationRecord;
import com.certhall.shared.FieldViolation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What an order still lacks before it can be signed and submitted; each missing thing is one named violation. On
 * the paper path the printed, signed form replaces the identity checks, the uploaded materials and the letter; the
 * products, the invoice and the delivery address are still needed, since paper does not replace them.
 */
public final class Completeness {

    private Completeness() {
    }

    static List<FieldViolation> missing(Order a, ChannelRules rules, List<StoredDocument> documents,
            List<VerificationRecord> verifications) {
        return missing(a, rules, documents, verifications, true);
    }

    /**
     * As above; {@code fullChecks} false for a lifecycle order that needs only the SMS signature
     * ({@code LifecycleOrders.needsOnlySignature}): no identity checks and no materials are asked. A revocation has
     * no product line.
     */
    static List<FieldViolation> missing(Order a, ChannelRules rules, List<StoredDocument> documents,
            List<VerificationRecord> verifications, boolean fullChecks) {
        OrderDraft d = a.draft();
        List<FieldViolation> missing = new ArrayList<>();
        if (d.agreementAcceptedAt() == null) {
            missing.add(step("agreement"));
        }
        if (!a.isOnPaper() && fullChecks) {
            missing.addAll(unverified(a, rules, verifications));
        }
        if (d.subject() == null) {
            missing.add(step(a.subjectType() == SubjectType.PERSON ? "person" : "organization"));
        }
        if (d.lines().isEmpty() && a.type() != com.certhall.orders.OrderType.REVOCATION
                && a.type() != com.certhall.orders.OrderType.UNLOCK) {
            missing.add(step("items"));
        }
        if (d.invoice() == null) {
            missing.add(step("invoice"));
        }
        if (d.delivery() == null) {
            missing.add(step("delivery"));
        }
        if (a.isOnPaper() || !fullChecks) {
            return missing;
        }
        Set<MaterialKind> present = documents.stream().map(doc -> MaterialKind.valueOf(doc.kind().name()))
                .collect(Collectors.toSet());
        for (MaterialKind kind : rules.materials().missing(present)) {
            if (kind != MaterialKind.AUTHORIZATION_LETTER && kind.appliesTo(a.subjectType() == SubjectType.ORGANIZATION)) {
                missing.add(FieldViolation.of("documents." + kind.name(), "missing", "orders.missing.document",
                        "documents." + kind.name(), kind.name()));
            }
        }
        if (needsAuthorization(d) && !present.contains(MaterialKind.AUTHORIZATION_LETTER)
                && a.authorizationSignedAt() == null) {
            missing.add(FieldViolation.of("authorization", "missing", "orders.missing.authorization",
                    "authorization"));
        }
        return missing;
    }

    /**
     * The parties the channel checks before submission (its verification step sits before the product or after the
     * materials) whose latest check neither passed nor went to a reviewer: one {@code verification.<PARTY>}
     * violation each. The organisation counts as checked by its own micro-deposit or by its legal representative,
     * a handler who is the legal representative by the legal representative's check. A failed check is not enough:
     * the applicant tries again, another method, or the paper path. Channels that check after submission ask
     * nothing here.
     */
    static List<FieldViolation> unverified(Order a, ChannelRules rules, List<VerificationRecord> records) {
        if (rules.verificationStage() == VerificationStage.AFTER_SUBMISSION) {
            return List.of();
        }
        Map<String, VerificationRecord.Outcome> latest = new LinkedHashMap<>();
        for (VerificationRecord r : records) {
            latest.put(r.party(), r.outcome());
        }
        List<VerificationParty> parties = a.subjectType() == SubjectType.PERSON ? List.of(VerificationParty.PERSON)
                : List.of(VerificationParty.ORGANIZATION, VerificationParty.HANDLER);
        List<FieldViolation> missing = new ArrayList<>();
        for (VerificationParty party : parties) {
            if (rules.verification().allowed(party).isEmpty() || covered(party, a.draft(), latest)) {
                continue;
            }
            String field = "verification." + party.name();
            missing.add(FieldViolation.of(field, "missing", "orders.missing.verification", field));
        }
        return missing;
    }

    private static boolean covered(VerificationParty party, OrderDraft d,
            Map<String, VerificationRecord.Outcome> latest) {
        return switch (party) {
            case ORGANIZATION -> settled(latest.get("ORGANIZATION")) || settled(latest.get("LEGAL_REP"));
            case HANDLER -> settled(latest.get("HANDLER"))
                    || (d.subject() instanceof Subject.Organization org && org.handlerIsLegalRep()
                            && settled(latest.get("LEGAL_REP")));
            case PERSON -> settled(latest.get("PERSON"));
        };
    }

    /** Passed, or handed to a reviewer (micro-deposit skipped or run out): either way the order may go on. */
    private static boolean settled(VerificationRecord.@Nullable Outcome outcome) {
        return outcome == VerificationRecord.Outcome.PASSED || outcome == VerificationRecord.Outcome.MANUAL;
    }

    /** The handler acts for the organisation without being its legal representative. */
    public static boolean needsAuthorization(OrderDraft d) {
        return d.subject() instanceof Subject.Organization org && !org.handlerIsLegalRep();
    }

    private static FieldViolation step(String name) {
        return FieldViolation.of(name, "missing", "orders.missing.step", name);
    }
}
