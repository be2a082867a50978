package com.certhall.review.checks;

import com.certhall.orders.Subject;
import com.certhall.orders.Subject.IdType;
import com.certhall.orders.Subject.Party;
import com.certhall.recognition.IdCardBack;
import com.certhall.recognition.IdCardFront;
import com.certhall.recognition.LicenceReading;
import com.certhall.recognition.ScanReading;
import com.certhall.review.ReviewReason;
import com.certhall.shared.InputHygiene;
import java.util.ArrayList;
import java.util.List;

/**
 * What the scans say (module {@code recognition}) is what was entered, and the scans agree with each other: the
 * licence's USCC, name and legal representative; the ID card's number belongs to a party of the order and its name
 * is that party's; the card has not run out; the legal representative's ID card shows the licence's legal
 * representative. A scan that could not be read adds nothing: reading it is the reviewer's job, as before
 * (docs/review.md). ID numbers in the reason are masked except where the two differ.
 */
public final class ScansAgree implements ReviewCheck {

    @Override
    public List<ReviewReason> check(ReviewFacts facts) {
        Subject subject = facts.order().draft().subject();
        List<ReviewReason> reasons = new ArrayList<>();
        if (subject == null) {
            return reasons;
        }
        LicenceReading licence = null;
        for (ScanReading scan : facts.scans()) {
            if (scan instanceof LicenceReading l && subject instanceof Subject.Organization org) {
                licence = l;
                if (!l.uscc().equals(InputHygiene.compact(org.uscc()))) {
                    reasons.add(mismatch("uscc", org.uscc(), l.uscc()));
                }
                if (!l.name().isEmpty() && !NamesConsistent.same(l.name(), org.name())) {
                    reasons.add(mismatch("organization", org.name(), l.name()));
                }
                if (!l.legalRep().isEmpty() && !NamesConsistent.same(l.legalRep(), org.legalRep().name())) {
                    reasons.add(mismatch("legalRep", org.legalRep().name(), l.legalRep()));
                }
            } else if (scan instanceof IdCardFront card) {
                front(subject, card, reasons);
            } else if (scan instanceof IdCardBack back && back.expiredOn(facts.today())) {
                reasons.add(ReviewReason.of("idCardExpired", String.valueOf(back.validUntil())));
            }
        }
        if (licence != null && !licence.legalRep().isEmpty() && subject instanceof Subject.Organization org) {
            for (ScanReading scan : facts.scans()) {
                if (scan instanceof IdCardFront card && !card.name().isEmpty()
                        && card.idNumber().equals(InputHygiene.compact(org.legalRep().idNumber()))
                        && !NamesConsistent.same(card.name(), licence.legalRep())) {
                    reasons.add(mismatch("scans", licence.legalRep(), card.name()));
                }
            }
        }
        return reasons;
    }

    /** The card is the ID card of one of the order's parties (the handler's by default), under the same name. */
    private static void front(Subject subject, IdCardFront card, List<ReviewReason> reasons) {
        List<Party> parties = subject instanceof Subject.Organization org
                ? List.of(org.handler(), org.legalRep()) : List.of(((Subject.Person) subject).person());
        String[] roles = subject instanceof Subject.Organization ? new String[] {"handler", "legalRep"}
                : new String[] {"person"};
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            if (p.idType() == IdType.RESIDENT_ID && card.idNumber().equals(InputHygiene.compact(p.idNumber()))) {
                if (!card.name().isEmpty() && !NamesConsistent.same(card.name(), p.name())) {
                    reasons.add(mismatch(roles[i] + "Name", p.name(), card.name()));
                }
                return;
            }
        }
        Party expected = parties.get(0);
        if (expected.idType() == IdType.RESIDENT_ID) {
            String typed = InputHygiene.compact(expected.idNumber());
            reasons.add(mismatch(roles[0] + "Id", maskedAgainst(typed, card.idNumber()),
                    maskedAgainst(card.idNumber(), typed)));
        }
    }

    private static ReviewReason mismatch(String field, String entered, String scanned) {
        return ReviewReason.of("scanMismatch", field, entered, scanned);
    }

    /** The first 6 and last 4 characters, and every position where {@code other} differs; the rest starred. */
    static String maskedAgainst(String value, String other) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            boolean differs = i >= other.length() || other.charAt(i) != value.charAt(i);
            out.append(i < 6 || i >= value.length() - 4 || differs ? value.charAt(i) : '*');
        }
        return out.toString();
    }
}
