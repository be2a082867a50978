package com.certhall.verification;

/**
 * What became of a PIN sent by deposit memo: paid to {@code bankName} {@code maskedAccount}, or refused by the bank
 * for good ({@code refusal}: {@code ACCOUNT_NOT_FOUND}, {@code ACCOUNT_CLOSED}, {@code MISMATCH} ..., or
 * {@code SUBJECT_CHANGED} when the order's organisation is no longer the one that was verified). A bank that does
 * not answer is no result: {@link ProviderUnavailableException} is thrown instead.
 */
public record PinDepositResult(boolean paid, String bankName, String maskedAccount, String refusal) {

    /** Where the PIN went, masked: {@code 中国工商银行北京分行 ****3456}. */
    public String destination() {
        return bankName + " " + maskedAccount;
    }
}
