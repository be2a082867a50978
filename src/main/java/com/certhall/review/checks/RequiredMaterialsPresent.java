package com.certhall.review.checks;

import com.certhall.catalog.MaterialKind;
import com.certhall.orders.OrderDraft;
import com.certhall.orders.Subject;
import com.certhall.review.ReviewReason;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The channel's required materials are all there ({@code MaterialPolicy.missing}), with the wizard's exceptions: a
 * person is never asked for an organisation's papers, and the authorization letter is needed only when the handler
 * is not the legal representative and the legal representative did not sign online.
 */
public final class RequiredMaterialsPresent implements ReviewCheck {


    @Override
    public List<ReviewReason> check(ReviewFacts facts) {
        OrderDraft d = facts.order().draft();
        boolean person = d.subject() instanceof Subject.Person;
        List<String> missing = new ArrayList<>();
        for (MaterialKind kind : facts.rules().materials().missing(facts.materials())) {
            if (kind != MaterialKind.AUTHORIZATION_LETTER && kind.appliesTo(!person)) {
                missing.add(kind.name());
            }
        }
        if (d.subject() instanceof Subject.Organization org && !org.handlerIsLegalRep()
                && facts.order().authorizationSignedAt() == null
                && !facts.materials().contains(MaterialKind.AUTHORIZATION_LETTER)) {
            missing.add(MaterialKind.AUTHORIZATION_LETTER.name());
        }
        return missing.isEmpty() ? List.of()
                : List.of(new ReviewReason("materialsMissing", List.of(String.join("/", missing))));
    }
}
