package com.certhall.review.checks;

import com.certhall.orders.Subject.IdType;
import com.certhall.orders.Subject.Party;
import com.certhall.orders.Subject;
import com.certhall.review.ReviewReason;
import com.certhall.shared.ResidentIdNumber;
import com.certhall.shared.Uscc;
import java.util.ArrayList;
import java.util.List;

/**
 * The organisation's USCC (GB 32100-2015) and every resident ID number (GB 11643-1999) carry a right check digit.
 * The wizard checks them at entry; this guards orders that reached review another way (paper path, older data).
 */
public final class IdentifiersValid implements ReviewCheck {

    @Override
    public List<ReviewReason> check(ReviewFacts facts) {
        Subject subject = facts.order().draft().subject();
        if (subject == null) {
            return List.of();
        }
        List<ReviewReason> reasons = new ArrayList<>();
        if (subject instanceof Subject.Organization org) {
            if (!Uscc.isValid(org.uscc())) {
                reasons.add(ReviewReason.of("usccInvalid"));
            }
            idNumber("legalRep", org.legalRep(), reasons);
            if (!org.handlerIsLegalRep()) {
                idNumber("handler", org.handler(), reasons);
            }
        } else if (subject instanceof Subject.Person p) {
            idNumber("person", p.person(), reasons);
        }
        return reasons;
    }

    private static void idNumber(String role, Party party, List<ReviewReason> reasons) {
        if (party.idType() == IdType.RESIDENT_ID && !ResidentIdNumber.isValid(party.idNumber())) {
            reasons.add(ReviewReason.of("idNumberInvalid", role));
        }
    }
}
