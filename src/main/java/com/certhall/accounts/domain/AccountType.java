package com.certhall.accounts.domain;

/** A person registers with a login name; an enterprise uses its unified social credit code as login name. */
public enum AccountType {
    PERSON, ENTERPRISE
}
