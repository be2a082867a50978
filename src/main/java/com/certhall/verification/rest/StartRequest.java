package com.certhall.verification.rest;

import com.certhall.orders.OrderId;
import com.certhall.orders.Subject.IdType;
import com.certhall.orders.Subject.Party;
import com.certhall.orders.Subject;
import com.certhall.shared.BankCardNumber;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.ResidentIdNumber;
import com.certhall.shared.Uscc;
import com.certhall.verification.FaceDelivery;
import com.certhall.verification.PartyRole;
import com.certhall.verification.StartVerification;
import com.certhall.verification.VerificationMethod;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /api/v1/orders/{id}/verifications}: {@code party}, {@code method} and what the order does
 * not hold already — {@code bankName}, {@code bankAccount} for a micro-deposit, {@code cardNumber} and the card's
 * reserved {@code mobile} for a bank card (default: the person's mobile), {@code delivery} QR or SMS_LINK for a
 * face check. Names, ID numbers and mobiles come from the order's subject step.
 */
public record StartRequest(@Nullable PartyRole party, @Nullable VerificationMethod method, @Nullable String bankName,
        @Nullable String bankAccount, @Nullable String cardNumber, @Nullable String mobile,
        @Nullable FaceDelivery delivery) {

    /** Builds the command from the order's subject; every bad or missing field is named. */
    public StartVerification toCommand(OrderId order, Subject subject, String actor, Locale locale) {
        if (party == null || method == null) {
            InvalidInputException.Collector errors = new InvalidInputException.Collector();
            if (party == null) {
                errors.add(FieldViolation.of("party", "required", "validation.required", "party"));
            }
            if (method == null) {
                errors.add(FieldViolation.of("method", "required", "validation.required", "method"));
            }
            errors.throwIfAny();
        }
        if (party == PartyRole.ORGANIZATION) {
            if (!(subject instanceof Subject.Organization org)) {
                throw partyMismatch();
            }
            return new StartVerification(order, party, method, null, null, null, null, bankName, bankAccount,
                    org.name(), Uscc.parse("uscc", org.uscc()), delivery, actor, locale);
        }
        Party person = person(subject);
        if (person.idType() != IdType.RESIDENT_ID) {
            // Carriers, card networks and the photo register only know mainland resident ID numbers.
            throw InvalidInputException.of("party", "idType", "verification.idType.offlineOnly", "party");
        }
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        BankCardNumber card = method == VerificationMethod.BANKCARD_4F && cardNumber != null
                ? errors.check(() -> BankCardNumber.parse("cardNumber", cardNumber)) : null;
        MobileNumber phone = mobile != null && method == VerificationMethod.BANKCARD_4F
                ? errors.check(() -> MobileNumber.parse("mobile", mobile))
                : MobileNumber.parse("mobile", person.mobile());
        errors.throwIfAny();
        return new StartVerification(order, party, method, person.name(),
                ResidentIdNumber.parse("idNumber", person.idNumber()), phone, card, null, null, null, null, delivery,
                actor, locale);
    }

    private Party person(Subject subject) {
        if (subject instanceof Subject.Organization org && party == PartyRole.LEGAL_REP) {
            return org.legalRep();
        }
        if (subject instanceof Subject.Organization org && party == PartyRole.HANDLER) {
            return org.handler();
        }
        if (subject instanceof Subject.Person p && (party == PartyRole.PERSON || party == PartyRole.HANDLER)) {
            return p.person();
        }
        throw partyMismatch();
    }

    private InvalidInputException partyMismatch() {
        return InvalidInputException.of("party", "notInOrder", "verification.party.notInOrder", "party",
                String.valueOf(party));
    }

    @Override
    public String toString() {
        return "StartRequest[" + party + ", " + method + "]";
    }
}
