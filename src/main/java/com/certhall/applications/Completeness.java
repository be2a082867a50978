package com.certhall.applications;

import com.certhall.applications.domain.Application;
import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.MaterialKind;
import com.certhall.documents.StoredDocument;
import com.certhall.shared.FieldViolation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What an order still lacks before it can be signed and submitted; each missing thing is one named violation. */
final class Completeness {

    /** Materials only an organisation has; a personal applicant is never asked for them. */
    static final Set<MaterialKind> ORGANIZATION_ONLY = EnumSet.of(MaterialKind.BUSINESS_LICENSE,
            MaterialKind.SEAL_SPECIMEN, MaterialKind.AUTHORIZATION_LETTER);

    private Completeness() {
    }

    static List<FieldViolation> missing(Application a, ChannelRules rules, List<StoredDocument> documents) {
        OrderDraft d = a.draft();
        List<FieldViolation> missing = new ArrayList<>();
        if (d.agreementAcceptedAt() == null) {
            missing.add(step("agreement"));
        }
        if (d.subject() == null) {
            missing.add(step(a.subjectType() == SubjectType.PERSON ? "person" : "organization"));
        }
        if (d.lines().isEmpty()) {
            missing.add(step("items"));
        }
        if (d.invoice() == null) {
            missing.add(step("invoice"));
        }
        if (d.delivery() == null) {
            missing.add(step("delivery"));
        }
        Set<MaterialKind> present = documents.stream().map(doc -> MaterialKind.valueOf(doc.kind().name()))
                .collect(Collectors.toSet());
        for (MaterialKind kind : rules.materials().missing(present)) {
            if (kind != MaterialKind.AUTHORIZATION_LETTER && !(a.subjectType() == SubjectType.PERSON
                    && ORGANIZATION_ONLY.contains(kind))) {
                missing.add(FieldViolation.of("documents." + kind.name(), "missing", "applications.missing.document",
                        "documents." + kind.name(), kind.name()));
            }
        }
        if (needsAuthorization(d) && !present.contains(MaterialKind.AUTHORIZATION_LETTER)
                && a.authorizationSignedAt() == null) {
            missing.add(FieldViolation.of("authorization", "missing", "applications.missing.authorization",
                    "authorization"));
        }
        return missing;
    }

    /** The handler acts for the organisation without being its legal representative. */
    static boolean needsAuthorization(OrderDraft d) {
        return d.subject() instanceof Subject.Organization org && !org.handlerIsLegalRep();
    }

    private static FieldViolation step(String name) {
        return FieldViolation.of(name, "missing", "applications.missing.step", name);
    }
}
