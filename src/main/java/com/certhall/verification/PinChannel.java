package com.certhall.verification;

/**
 * How the certificate PIN reaches the applicant, decided by the verification method (BJCA-QH manual): after a
 * micro-deposit the PIN travels in the memo of a 0.01 CNY deposit to the verified company account; otherwise by
 * SMS to the verified mobile.
 */
public enum PinChannel {
    DEPOSIT_MEMO, SMS
}
