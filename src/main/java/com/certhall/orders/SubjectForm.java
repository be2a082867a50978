package com.certhall.orders;

import com.certhall.orders.Subject.IdType;
import com.certhall.orders.Subject.Party;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.FreeText;
import com.certhall.shared.IdentityDocument;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.Uscc;
import java.util.regex.Pattern;

/**
 * The subject step as typed (API body or page form): raw strings, cleaned and checked by {@link #toSubject}, which
 * names every bad field at once ({@code organization.legalRep.idNumber}, {@code handler.mobile}, ...).
 */
public record SubjectForm(OrganizationForm organization, PartyForm handler, Boolean handlerIsLegalRep,
        PartyForm person) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int ADDRESS = 200;

    /**
     * The organisation part: name, USCC, address, the legal representative, and {@code region}: the GB/T 2260 code of
     * the prefecture-level city the address is in (its province and city become the certificates' ST and L);
     * {@code sealName}, optional, the name of its e-seal (the CN of an e-seal certificate).
     */
    public record OrganizationForm(String name, String uscc, String address, PartyForm legalRep, String region,
            String sealName) {

        public OrganizationForm(String name, String uscc, String address, PartyForm legalRep) {
            this(name, uscc, address, legalRep, null, null);
        }

        boolean isBlank() {
            return blank(name) && blank(uscc) && blank(address) && (legalRep == null || legalRep.isBlank())
                    && blank(region) && blank(sealName);
        }
    }

    /** A person as typed; {@code region} as for the organisation (used for an individual applicant). */
    public record PartyForm(String name, String idType, String idNumber, String mobile, String email, String address,
            String department, String region) {

        public PartyForm(String name, String idType, String idNumber, String mobile, String email, String address,
                String department) {
            this(name, idType, idNumber, mobile, email, address, department, null);
        }

        boolean isBlank() {
            return blank(name) && blank(idType) && blank(idNumber) && blank(mobile) && blank(email) && blank(address)
                    && blank(department) && blank(region);
        }
    }

    /** The GB/T 2260 city code a saved address starts with, for the picker; empty when it names none. */
    public static String regionOf(String address) {
        return Regions.of(address);
    }

    public Subject toSubject(SubjectType type) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        // one subject is either an organisation or a person: values for the other kind are refused, not dropped
        if (type == SubjectType.PERSON && organization != null && !organization.isBlank()) {
            errors.add(FieldViolation.of("organization", "exclusive", "orders.subject.notForPerson",
                    "organization"));
        }
        if (type == SubjectType.ORGANIZATION && person != null && !person.isBlank()) {
            errors.add(FieldViolation.of("person", "exclusive", "orders.subject.notForOrganization", "person"));
        }
        Subject subject = type == SubjectType.PERSON ? person(errors) : organization(errors);
        errors.throwIfAny();
        return subject;
    }

    private Subject person(InvalidInputException.Collector errors) {
        if (person == null) {
            errors.add(FieldViolation.of("person", "required", "validation.required", "person"));
            return null;
        }
        Party p = party("person", person, errors, true);
        return p == null ? null : new Subject.Person(p);
    }

    private Subject organization(InvalidInputException.Collector errors) {
        if (organization == null) {
            errors.add(FieldViolation.of("organization", "required", "validation.required", "organization"));
            return null;
        }
        String name = CertificateText.required("organization.name", organization.name(), CertificateText.UB_NAME,
                errors);
        Uscc uscc = errors.check(() -> Uscc.parse("organization.uscc", organization.uscc()));
        String address = Regions.address("organization.region", organization.region(),
                text("organization.address", organization.address(), ADDRESS, errors), errors);
        String sealName = CertificateText.optional("organization.sealName", organization.sealName(),
                CertificateText.UB_NAME, errors);
        Party legalRep = organization.legalRep() == null ? missing("organization.legalRep", errors)
                : party("organization.legalRep", organization.legalRep(), errors, false);
        boolean self = Boolean.TRUE.equals(handlerIsLegalRep);
        Party handler;
        if (self) {
            PartyForm extra = this.handler == null ? new PartyForm(null, null, null, null, null, null, null) : this.handler;
            String email = email("handler.email", extra.email(), errors);
            String handlerAddress = text("handler.address", extra.address(), ADDRESS, errors);
            String department = CertificateText.optional("handler.department", extra.department(),
                    CertificateText.UB_NAME, errors);
            handler = legalRep == null || handlerAddress == null || department == null ? null
                    : new Party(legalRep.name(), legalRep.idType(), legalRep.idNumber(), legalRep.mobile(), email,
                            handlerAddress, department);
        } else {
            handler = this.handler == null ? missing("handler", errors) : party("handler", this.handler, errors, true);
        }
        if (name == null || uscc == null || address == null || sealName == null || legalRep == null
                || handler == null) {
            return null;
        }
        return new Subject.Organization(name, uscc.value(), address, legalRep, handler, self, sealName);
    }

    private static Party party(String path, PartyForm form, InvalidInputException.Collector errors, boolean needsEmail) {
        String name = CertificateText.required(path + ".name", form.name(), CertificateText.UB_NAME, errors);
        IdType idType = idType(path + ".idType", form.idType(), errors);
        String idNumber = idType == null ? null : idNumber(path + ".idNumber", idType, form.idNumber(), errors);
        MobileNumber mobile = errors.check(() -> MobileNumber.parse(path + ".mobile", form.mobile()));
        String email = needsEmail ? email(path + ".email", form.email(), errors) : optionalEmail(path + ".email", form.email(), errors);
        String address = Regions.address(path + ".region", form.region(),
                text(path + ".address", form.address(), ADDRESS, errors), errors);
        String department = CertificateText.optional(path + ".department", form.department(),
                CertificateText.UB_NAME, errors);
        if (name == null || idNumber == null || mobile == null || (needsEmail && email == null) || address == null
                || department == null) {
            return null;
        }
        return new Party(name, idType, idNumber, mobile.value(), email == null ? "" : email, address, department);
    }

    private static IdType idType(String field, String raw, InvalidInputException.Collector errors) {
        if (raw == null || raw.isBlank()) {
            return IdType.RESIDENT_ID;
        }
        try {
            return IdType.valueOf(InputHygiene.compact(raw));
        } catch (IllegalArgumentException e) {
            errors.add(FieldViolation.of(field, "unknown", "orders.idType.unknown", field));
            return null;
        }
    }

    private static String idNumber(String field, IdType type, String raw, InvalidInputException.Collector errors) {
        IdentityDocument document = errors.check(() -> IdentityDocument.parse(field,
                IdentityDocument.Kind.valueOf(type.name()), raw));
        return document == null ? null : document.number();
    }

    /** Free text that stays out of certificates (an address): tidied, no control characters, limited. */
    private static String text(String field, String raw, int max, InvalidInputException.Collector errors) {
        try {
            String value = FreeText.optional(field, raw, max);
            return InputHygiene.tidy(value);
        } catch (InvalidInputException e) {
            e.violations().forEach(errors::add);
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String email(String field, String raw, InvalidInputException.Collector errors) {
        if (raw != null && raw.codePoints().anyMatch(FreeText::forbidden)) {
            errors.add(FieldViolation.of(field, "control", "validation.text.control", field));
            return null;
        }
        String value = InputHygiene.tidy(raw).replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        if (value.isEmpty()) {
            errors.add(FieldViolation.of(field, "required", "validation.required", field));
            return null;
        }
        if (!EMAIL.matcher(value).matches() || value.length() > 120 || value.indexOf('<') >= 0
                || value.indexOf('>') >= 0) {
            errors.add(FieldViolation.of(field, "format", "validation.constraint.Email", field));
            return null;
        }
        return value;
    }

    private static String optionalEmail(String field, String raw, InvalidInputException.Collector errors) {
        return raw == null || raw.isBlank() ? "" : email(field, raw, errors);
    }

    private static Party missing(String field, InvalidInputException.Collector errors) {
        errors.add(FieldViolation.of(field, "required", "validation.required", field));
        return null;
    }
}
