package com.certhall.verification.provider;

import com.certhall.shared.Uscc;

/**
 * Pays a small amount to a company's bank account with a memo (对公打款). The bank refuses accounts that do not
 * exist or are not held by that company; a payment that went through is proof only once the applicant tells the
 * amount.
 */
public interface CorporateAccountVerifier {

    /**
     * @return the bank's reference, or a refusal code
     * @throws com.certhall.verification.ProviderUnavailableException when the bank does not answer
     */
    Deposit deposit(String companyName, Uscc uscc, String bankName, String account, long amountFen, String memo);

    /** Outcome of a deposit: {@code reference} when paid, else {@code refusal} ({@code MISMATCH}, {@code BANK_NOT_SUPPORTED}). */
    record Deposit(boolean paid, String reference, String refusal) {

        public static Deposit paid(String reference) {
            return new Deposit(true, reference, "");
        }

        public static Deposit refused(String code) {
            return new Deposit(false, "", code);
        }
    }
}
