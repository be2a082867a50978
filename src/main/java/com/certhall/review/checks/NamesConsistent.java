package com.certhall.review.checks;

import com.certhall.orders.OrderDraft.InvoiceInfo;
import com.certhall.orders.OrderDraft;
import com.certhall.orders.Subject;
import com.certhall.review.ReviewReason;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The subject's name is the one on the invoice title; when the handler is said to be the legal representative, the
 * two names agree. Names are compared after NFKC folding and without spaces (全角/半角 and pasted spaces do not
 * count as a difference).
 */
public final class NamesConsistent implements ReviewCheck {

    @Override
    public List<ReviewReason> check(ReviewFacts facts) {
        OrderDraft d = facts.order().draft();
        Subject subject = d.subject();
        if (subject == null) {
            return List.of(ReviewReason.of("incomplete", "subject"));
        }
        List<ReviewReason> reasons = new ArrayList<>();
        InvoiceInfo invoice = d.invoice();
        if (invoice != null && invoice.wanted() && !same(invoice.title(), subject.name())) {
            reasons.add(ReviewReason.of("nameMismatch", "invoice", invoice.title(), subject.name()));
        }
        if (subject instanceof Subject.Organization org && org.handlerIsLegalRep()
                && !same(org.handler().name(), org.legalRep().name())) {
            reasons.add(ReviewReason.of("nameMismatch", "handler", org.handler().name(), org.legalRep().name()));
        }
        return reasons;
    }

    static boolean same(String a, String b) {
        return fold(a).equals(fold(b));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
