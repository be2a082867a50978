package com.certhall.pki;

import com.certhall.shared.IdentityDocument;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.ResidentIdNumber;
import com.certhall.shared.Uscc;
import org.jspecify.annotations.Nullable;

/**
 * Verified data about the certificate holder, as the caller (the order) established it. The CA composes the
 * subject DN from this and the profile; nothing is taken from a CSR's subject. Fields are trimmed; blank optional
 * fields become null.
 *
 * @param commonName         CN: the organisation, person or seal name (required)
 * @param organization       O: the organisation name (required for organisation-bound profiles)
 * @param organizationalUnit OU, optional
 * @param province           ST, optional
 * @param locality           L, optional
 * @param uscc               the organisation's unified social credit code
 * @param idDocument         the person's identity document: resident ID, passport, travel permit or foreign
 *                           permanent resident ID
 * @param email              e-mail for the subjectAltName rfc822Name, optional
 */
public record SubjectData(String commonName, @Nullable String organization, @Nullable String organizationalUnit,
        @Nullable String province, @Nullable String locality, @Nullable Uscc uscc,
        @Nullable IdentityDocument idDocument, @Nullable String email) {

    private static final int MAX_LENGTH = 64; // RFC 5280 ub-common-name etc.

    public SubjectData {
        commonName = required("subject.commonName", commonName);
        organization = optional("subject.organization", organization);
        organizationalUnit = optional("subject.organizationalUnit", organizationalUnit);
        province = optional("subject.province", province);
        locality = optional("subject.locality", locality);
        email = optional("subject.email", email);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw InvalidInputException.of("subject.email", "format", "validation.constraint.Email", "subject.email");
        }
    }

    /** An organisation subject: CN = O = the organisation name. */
    public static SubjectData organization(String name, Uscc uscc) {
        return new SubjectData(name, name, null, null, null, uscc, null, null);
    }

    /** A natural person identified by the resident ID number. */
    public static SubjectData person(String name, ResidentIdNumber idNumber) {
        return person(name, IdentityDocument.residentId(idNumber));
    }

    /** A natural person identified by any identity document. */
    public static SubjectData person(String name, IdentityDocument document) {
        return new SubjectData(name, null, null, null, null, null, document, null);
    }

    private static String required(String field, @Nullable String value) {
        String v = optional(field, value);
        if (v == null) {
            throw InvalidInputException.of(field, "required", "validation.required", field);
        }
        return v;
    }

    private static @Nullable String optional(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_LENGTH) {
            throw InvalidInputException.of(field, "length", "validation.pki.tooLong", field, MAX_LENGTH);
        }
        return v;
    }

    @Override
    public String toString() {
        return "SubjectData[cn=" + commonName + ", o=" + organization + ", uscc=" + uscc + ", id=" + idDocument + "]";
    }
}
