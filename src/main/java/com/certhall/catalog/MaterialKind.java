package com.certhall.catalog;

/** Kinds of material an applicant uploads. */
public enum MaterialKind {
    APPLICATION_FORM, BUSINESS_LICENSE, ID_FRONT, ID_BACK, AUTHORIZATION_LETTER, SEAL_SPECIMEN, SIGNATURE_PAGE, OTHER
}
