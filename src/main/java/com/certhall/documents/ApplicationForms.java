package com.certhall.documents;

import java.util.Locale;

/**
 * The PDFs an applicant prints, signs and stamps: the application form and the authorization letter. Both are A4,
 * in the applicant's language (Chinese unless {@code locale} is English), with the CJK font embedded (subset) so
 * they print the same everywhere, and carry the order number and a QR code pointing to the order's status page.
 * Nothing is stored: the owning module renders them on demand from the data the applicant entered.
 */
public interface ApplicationForms {

    /** The 数字证书申请表 (organisation or personal variant) as {@code application/pdf}. */
    DocumentContent applicationForm(ApplicationFormData data, Locale locale);

    /** The 授权委托书 from the legal representative to the handler, as {@code application/pdf}. */
    DocumentContent authorizationLetter(AuthorizationLetterData data, Locale locale);
}
