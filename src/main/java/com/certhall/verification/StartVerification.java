package com.certhall.verification;

import com.certhall.orders.OrderId;
import com.certhall.shared.BankCardNumber;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.ResidentIdNumber;
import com.certhall.shared.Uscc;
import com.certhall.verification.domain.MicroDepositPolicy;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Starts a verification of one party of an order by one method, with the identity data the method needs:
 * <ul>
 * <li>{@code MICRO_DEPOSIT} (party {@code ORGANIZATION} only): {@code companyName}, {@code uscc}, {@code bankName},
 * {@code bankAccount};</li>
 * <li>{@code TELECOM_3F}: {@code name}, {@code idNumber}, {@code mobile};</li>
 * <li>{@code BANKCARD_4F}: {@code name}, {@code idNumber}, {@code cardNumber}, {@code mobile} (the card's reserved
 * mobile);</li>
 * <li>{@code FACE}: {@code name}, {@code idNumber}, and {@code mobile} when the link goes out by SMS.</li>
 * </ul>
 * A missing field is reported by its name; nothing is started.
 *
 * @param actor who asked ({@code applicant:<id>}), recorded on the case and in the audit log
 */
public record StartVerification(OrderId order, PartyRole party, VerificationMethod method, @Nullable String name,
        @Nullable ResidentIdNumber idNumber, @Nullable MobileNumber mobile, @Nullable BankCardNumber cardNumber,
        @Nullable String bankName, @Nullable String bankAccount, @Nullable String companyName, @Nullable Uscc uscc,
        FaceDelivery faceDelivery, String actor, Locale locale) {

    private static final Pattern ACCOUNT = Pattern.compile("\\d{8,32}");

    public StartVerification {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(method, "method");
        name = trim(name);
        bankName = trim(bankName);
        companyName = trim(companyName);
        bankAccount = bankAccount == null ? null : bankAccount.replaceAll("[\\s-]", "");
        bankAccount = bankAccount == null || bankAccount.isEmpty() ? null : bankAccount;
        faceDelivery = faceDelivery == null ? FaceDelivery.QR : faceDelivery;
        locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
        actor = actor == null || actor.isBlank() ? "anonymous" : actor;
        check(party, method, name, idNumber, mobile, cardNumber, bankName, bankAccount, companyName, uscc,
                faceDelivery);
    }

    private static void check(PartyRole party, VerificationMethod method, @Nullable String name,
            @Nullable ResidentIdNumber idNumber, @Nullable MobileNumber mobile, @Nullable BankCardNumber card,
            @Nullable String bankName, @Nullable String bankAccount, @Nullable String companyName,
            @Nullable Uscc uscc, FaceDelivery delivery) {
        MicroDepositPolicy.checkParty(method, party).orThrowInvalid("method");
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        switch (method) {
            case MICRO_DEPOSIT -> {
                require(errors, "companyName", companyName);
                require(errors, "uscc", uscc);
                require(errors, "bankName", bankName);
                require(errors, "bankAccount", bankAccount);
                if (bankAccount != null && !ACCOUNT.matcher(bankAccount).matches()) {
                    errors.add(FieldViolation.of("bankAccount", "format", "verification.bankAccount.format",
                            "bankAccount"));
                }
            }
            case TELECOM_3F -> {
                requirePerson(errors, name, idNumber);
                require(errors, "mobile", mobile);
            }
            case BANKCARD_4F -> {
                requirePerson(errors, name, idNumber);
                require(errors, "cardNumber", card);
                require(errors, "mobile", mobile);
            }
            case FACE -> {
                requirePerson(errors, name, idNumber);
                if (delivery == FaceDelivery.SMS_LINK) {
                    require(errors, "mobile", mobile);
                }
            }
        }
        errors.throwIfAny();
    }

    private static void requirePerson(InvalidInputException.Collector errors, @Nullable String name,
            @Nullable ResidentIdNumber idNumber) {
        require(errors, "name", name);
        require(errors, "idNumber", idNumber);
    }

    private static void require(InvalidInputException.Collector errors, String field, @Nullable Object value) {
        if (value == null) {
            errors.add(FieldViolation.of(field, "required", "validation.required", field));
        }
    }

    private static @Nullable String trim(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The subject whose identity is checked, for display: the company or the person's name. */
    public String subjectName() {
        return Objects.requireNonNullElse(method == VerificationMethod.MICRO_DEPOSIT ? companyName : name, "");
    }
}
