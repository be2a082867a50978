package com.certhall.orders;

/** What the applicant types in the wizard's steps after the subject ({@link SubjectForm}), as raw strings. */
public final class StepForms {

    private StepForms() {
    }

    /** One product line: {@code csr} is a PEM PKCS#10 request when the holder brings the key, else blank. */
    public record ItemForm(String productCode, Integer years, Integer quantity, String keyAlgorithm, String csr) {
    }

    /** Invoice details; {@code wanted} false means no invoice. Title and (for organisations) tax number are fixed. */
    public record InvoiceForm(Boolean wanted, String taxNumber, String address, String phone, String bankName,
            String bankAccount, String email) {
    }

    /** Delivery: {@code MAIL}, {@code PICKUP} or {@code NONE}; recipient and phone default to the handler. */
    public record DeliveryForm(String method, String recipient, String phone, String address) {
    }
}
