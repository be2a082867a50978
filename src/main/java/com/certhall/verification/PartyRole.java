package com.certhall.verification;

/** Whose identity is verified: the organisation itself, its legal representative, the handler, or a person. */
public enum PartyRole {
    ORGANIZATION, LEGAL_REP, HANDLER, PERSON
}
