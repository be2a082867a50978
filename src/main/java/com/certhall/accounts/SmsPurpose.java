package com.certhall.accounts;

/** What an SMS code is for; a code issued for one purpose never passes a check for another. */
public enum SmsPurpose {
    REGISTER, LOGIN, RESET_PASSWORD, CHANGE_MOBILE, SIGN, QUERY, VERIFY, UNLOCK, SUPPORT,
    /** Proof of possession before a cloud certificate's renewal (docs/lifecycle.md, "Renewal"). */
    RENEWAL
}
