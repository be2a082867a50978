package com.certhall.catalog;

/**
 * Kinds of material an applicant uploads, and whom each concerns: the business licence, the seal specimen and the
 * authorization letter exist only for an organisation, so a personal applicant is never asked for them, whatever the
 * channel lists (the one rule the wizard, the submission check and review all use).
 */
public enum MaterialKind {
    APPLICATION_FORM, BUSINESS_LICENSE, ID_FRONT, ID_BACK, AUTHORIZATION_LETTER, SEAL_SPECIMEN, SIGNATURE_PAGE, OTHER;

    /** Whether this material can be asked of an organisation ({@code true}) or of a person ({@code false}). */
    public boolean appliesTo(boolean organization) {
        return organization || !organizationOnly();
    }

    /** Only an organisation has one. */
    public boolean organizationOnly() {
        return this == BUSINESS_LICENSE || this == SEAL_SPECIMEN || this == AUTHORIZATION_LETTER;
    }
}
