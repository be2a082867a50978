package com.certhall.orders.domain;

import com.certhall.orders.OrderCommands.DeliveryForm;
import com.certhall.orders.OrderCommands.InvoiceForm;
import com.certhall.orders.OrderDraft.DeliveryInfo;
import com.certhall.orders.OrderDraft.InvoiceInfo;
import com.certhall.orders.Subject;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.FreeText;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The invoice and delivery steps as typed, tidied and checked: an organisation's tax number is its USCC, account and
 * phone numbers in their formats, the handler's e-mail, name and mobile where nothing else is given, and a mailing
 * address for mail. Throws one {@link InvalidInputException} naming every bad field.
 */
final class DraftValues {

    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{6,32}");
    private static final Pattern PHONE = Pattern.compile("[0-9+()-]{5,20}");

    private DraftValues() {
    }

    static InvoiceInfo invoice(Subject subject, InvoiceForm f) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String taxNumber;
        if (subject instanceof Subject.Organization org) {
            taxNumber = org.uscc();
            String typed = InputHygiene.compact(f.taxNumber());
            if (!typed.isEmpty() && !typed.equals(org.uscc())) {
                errors.add(FieldViolation.of("taxNumber", "mismatch", "orders.invoice.taxNumber", "taxNumber"));
            }
        } else {
            taxNumber = InputHygiene.compact(f.taxNumber());
        }
        String account = InputHygiene.compact(f.bankAccount()).replace("-", "");
        if (!account.isEmpty() && !ACCOUNT.matcher(account).matches()) {
            errors.add(FieldViolation.of("bankAccount", "format", "orders.invoice.bankAccount", "bankAccount"));
        }
        String phone = InputHygiene.compact(f.phone());
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            errors.add(FieldViolation.of("phone", "format", "orders.invoice.phone", "phone"));
        }
        String email = InputHygiene.compact(f.email()).toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            email = subject.handler().email();
        } else if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(FieldViolation.of("email", "format", "validation.constraint.Email", "email"));
        }
        refuseControls(errors, "bankName", f.bankName());
        refuseControls(errors, "address", f.address());
        refuseControls(errors, "email", f.email());
        String bankName = InputHygiene.tidy(f.bankName());
        String address = InputHygiene.tidy(f.address());
        if (address.length() > 200 || bankName.length() > 100) {
            errors.add(FieldViolation.of(address.length() > 200 ? "address" : "bankName", "length",
                    "orders.text.tooLong", address.length() > 200 ? "address" : "bankName",
                    address.length() > 200 ? 200 : 100));
        }
        errors.throwIfAny();
        return new InvoiceInfo(true, subject.name(), taxNumber, address, phone, bankName, account, email);
    }

    static DeliveryInfo delivery(DeliveryInfo.Method method, DeliveryForm f, Subject subject) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        refuseControls(errors, "recipient", f.recipient());
        refuseControls(errors, "address", f.address());
        String recipient = InputHygiene.tidy(f.recipient());
        recipient = recipient.isEmpty() ? subject.handler().name() : recipient;
        if (recipient.length() > 60) {
            errors.add(FieldViolation.of("recipient", "length", "orders.text.tooLong", "recipient", 60));
        }
        String rawPhone = f.phone() == null || f.phone().isBlank() ? subject.handler().mobile() : f.phone();
        MobileNumber phone = errors.check(() -> MobileNumber.parse("phone", rawPhone));
        String address = InputHygiene.tidy(f.address());
        if (method == DeliveryInfo.Method.MAIL && address.isEmpty()) {
            errors.add(FieldViolation.of("address", "required", "validation.required", "address"));
        } else if (address.length() > 200) {
            errors.add(FieldViolation.of("address", "length", "orders.text.tooLong", "address", 200));
        }
        errors.throwIfAny();
        return new DeliveryInfo(method, recipient, phone.value(),
                method == DeliveryInfo.Method.MAIL ? address : "");
    }

    /** Control and format characters (NUL, bidi overrides) have no place on an invoice or a waybill. */
    private static void refuseControls(InvalidInputException.Collector errors, String field, String raw) {
        if (raw != null && raw.codePoints().anyMatch(FreeText::forbidden)) {
            errors.add(FieldViolation.of(field, "control", "validation.text.control", field));
        }
    }
}
