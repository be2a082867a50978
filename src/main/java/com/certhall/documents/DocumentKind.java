package com.certhall.documents;

/** What an uploaded material is; channels require some of these kinds (catalog owns which). */
public enum DocumentKind {
    APPLICATION_FORM,
    BUSINESS_LICENSE,
    ID_FRONT,
    ID_BACK,
    AUTHORIZATION_LETTER,
    SEAL_SPECIMEN,
    SIGNATURE_PAGE,
    PAYMENT_VOUCHER,
    OTHER
}
