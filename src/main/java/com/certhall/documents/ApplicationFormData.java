package com.certhall.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the printed application form (数字证书申请表) shows, as the applicant entered it. The form is signed and
 * stamped by the applicant, so identity numbers appear in full. Absent text is passed as {@code ""} (or null,
 * which becomes {@code ""}). For {@link ApplicantType#PERSONAL} the {@code handler} is the applicant himself and
 * {@code organisation} and {@code legalRepresentative} are null; an organisation form needs both.
 *
 * @param statusUrl where the QR code on the form points (the order's status page)
 * @param invoice null when no invoice is wanted
 */
public record ApplicationFormData(String orderNumber, String channelName, ApplicantType applicantType,
        @Nullable Organisation organisation, @Nullable Person legalRepresentative, Person handler,
        List<ProductLine> products, @Nullable Invoice invoice, Delivery delivery, String statusUrl, LocalDate date) {

    public ApplicationFormData {
        orderNumber = FormText.required(orderNumber, "orderNumber");
        channelName = FormText.clean(channelName);
        Objects.requireNonNull(applicantType, "applicantType");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(date, "date");
        statusUrl = FormText.required(statusUrl, "statusUrl");
        products = List.copyOf(products);
        if (products.isEmpty()) {
            throw new IllegalArgumentException("an application form lists at least one product");
        }
        if (applicantType == ApplicantType.ORGANISATION && (organisation == null || legalRepresentative == null)) {
            throw new IllegalArgumentException("an organisation form needs the organisation and its legal representative");
        }
    }

    /** The sum of the product lines, in fen. */
    public long totalFen() {
        return products.stream().mapToLong(ProductLine::amountFen).sum();
    }

    /** Who applies: an organisation through its handler, or a person for himself. */
    public enum ApplicantType {
        ORGANISATION,
        PERSONAL
    }

    /** The applicant organisation as on its business licence. */
    public record Organisation(String name, String uscc, String address) {

        public Organisation {
            name = FormText.clean(name);
            uscc = FormText.clean(uscc);
            address = FormText.clean(address);
        }
    }

    /** A person on the form: legal representative, handler or personal applicant. */
    public record Person(String name, String idType, String idNumber, String mobile, String email,
            String department, String address) {

        public Person {
            name = FormText.clean(name);
            idType = FormText.clean(idType);
            idNumber = FormText.clean(idNumber);
            mobile = FormText.clean(mobile);
            email = FormText.clean(email);
            department = FormText.clean(department);
            address = FormText.clean(address);
        }

        /** A person known only by name and identity document (the legal representative). */
        public static Person identified(String name, String idType, String idNumber, String mobile) {
            return new Person(name, idType, idNumber, mobile, "", "", "");
        }

        @Override
        public String toString() {
            return "Person[" + name + "]";
        }
    }

    /**
     * One product line. {@code certificateType} and {@code medium} are display names or codes ({@code UKEY},
     * {@code CLOUD} are translated); {@code amountFen} is the line's total.
     */
    public record ProductLine(String certificateType, String medium, String algorithm, int years, int quantity,
            long amountFen) {

        public ProductLine {
            certificateType = FormText.clean(certificateType);
            medium = FormText.clean(medium);
            algorithm = FormText.clean(algorithm);
            if (years < 0 || quantity < 0 || amountFen < 0) {
                throw new IllegalArgumentException("years, quantity and amount cannot be negative");
            }
        }
    }

    /** Invoice details; the title is the applicant's name. */
    public record Invoice(String title, String taxNumber, String address, String phone, String bank,
            String account) {

        public Invoice {
            title = FormText.clean(title);
            taxNumber = FormText.clean(taxNumber);
            address = FormText.clean(address);
            phone = FormText.clean(phone);
            bank = FormText.clean(bank);
            account = FormText.clean(account);
        }

        @Override
        public String toString() {
            return "Invoice[" + title + "]";
        }
    }

    /** How the certificate medium reaches the applicant. */
    public record Delivery(DeliveryMethod method, String recipient, String mobile, String address) {

        public Delivery {
            Objects.requireNonNull(method, "method");
            recipient = FormText.clean(recipient);
            mobile = FormText.clean(mobile);
            address = FormText.clean(address);
        }

        public static Delivery none() {
            return new Delivery(DeliveryMethod.NONE, "", "", "");
        }

        @Override
        public String toString() {
            return "Delivery[" + method + "]";
        }
    }

    /** Mail, self pickup, or nothing to deliver (cloud certificates). */
    public enum DeliveryMethod {
        MAIL,
        PICKUP,
        NONE
    }
}
