package com.certhall.orders;

/** Who the certificate is for: an organisation (with legal representative and handler) or a person. */
public enum SubjectType {
    ORGANIZATION, PERSON
}
