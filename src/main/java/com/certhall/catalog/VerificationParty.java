package com.certhall.catalog;

/** Whose identity a verification method proves. */
public enum VerificationParty {
    ORGANIZATION, HANDLER, PERSON
}
