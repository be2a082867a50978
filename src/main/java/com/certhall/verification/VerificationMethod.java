package com.certhall.verification;

/** How an identity is verified. */
public enum VerificationMethod {
    /** A random 0.01–1.00 CNY deposit to the company account; the applicant enters the amount. */
    MICRO_DEPOSIT,
    /** Name, ID number and mobile belong together (carrier records), then an SMS code to that mobile. */
    TELECOM_3F,
    /** Name, ID number, bank card and the card's reserved mobile belong together, then an SMS code. */
    BANKCARD_4F,
    /** Face liveness and comparison on the person's phone, bound to name and ID number. */
    FACE
}
