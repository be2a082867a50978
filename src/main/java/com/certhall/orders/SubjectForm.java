package com.certhall.orders;

import com.certhall.orders.Subject.IdType;
import com.certhall.orders.Subject.Party;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.IdentityDocument;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.ResidentIdNumber;
import com.certhall.shared.Uscc;
import java.util.regex.Pattern;

/**
 * The subject step as typed (API body or page form): raw strings, cleaned and checked by {@link #toSubject}, which
 * names every bad field at once ({@code organization.legalRep.idNumber}, {@code handler.mobile}, ...).
 */
public record SubjectForm(OrganizationForm organization, PartyForm handler, Boolean handlerIsLegalRep,
        PartyForm person) {

    private static final int MAX_SEAL_NAME = 64;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /**
     * The organisation part: name, USCC, address, the legal representative, and {@code region}: the GB/T 2260 code of
     * the prefecture-level city the address is in (its province and city become the certificates' ST and L);
     * {@code sealName}, optional, the name of its e-seal (the CN of an e-seal certificate, RFC 5280 ub-common-name).
     */
    public record OrganizationForm(String name, String uscc, String address, PartyForm legalRep, String region,
            String sealName) {

        public OrganizationForm(String name, String uscc, String address, PartyForm legalRep) {
            this(name, uscc, address, legalRep, null, null);
        }
    }

    /** A person as typed; {@code region} as for the organisation (used for an individual applicant). */
    public record PartyForm(String name, String idType, String idNumber, String mobile, String email, String address,
            String department, String region) {

        public PartyForm(String name, String idType, String idNumber, String mobile, String email, String address,
                String department) {
            this(name, idType, idNumber, mobile, email, address, department, null);
        }
    }

    /** The GB/T 2260 city code a saved address starts with, for the picker; empty when it names none. */
    public static String regionOf(String address) {
        return Regions.of(address);
    }

    public Subject toSubject(SubjectType type) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
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
        String name = required("organization.name", organization.name(), 100, errors);
        Uscc uscc = errors.check(() -> Uscc.parse("organization.uscc", organization.uscc()));
        String address = Regions.address("organization.region", organization.region(), organization.address(),
                errors);
        Party legalRep = organization.legalRep() == null ? missing("organization.legalRep", errors)
                : party("organization.legalRep", organization.legalRep(), errors, false);
        boolean self = Boolean.TRUE.equals(handlerIsLegalRep);
        Party handler;
        if (self) {
            PartyForm extra = this.handler == null ? new PartyForm(null, null, null, null, null, null, null) : this.handler;
            String email = email("handler.email", extra.email(), errors);
            handler = legalRep == null ? null : new Party(legalRep.name(), legalRep.idType(), legalRep.idNumber(),
                    legalRep.mobile(), email, InputHygiene.tidy(extra.address()), InputHygiene.tidy(extra.department()));
        } else {
            handler = this.handler == null ? missing("handler", errors) : party("handler", this.handler, errors, true);
        }
        String sealName = InputHygiene.tidy(organization.sealName());
        if (sealName.length() > MAX_SEAL_NAME) {
            errors.add(FieldViolation.of("organization.sealName", "length", "orders.text.tooLong",
                    "organization.sealName", MAX_SEAL_NAME));
            return null;
        }
        if (name == null || uscc == null || legalRep == null || handler == null) {
            return null;
        }
        return new Subject.Organization(name, uscc.value(), address, legalRep, handler, self, sealName);
    }

    private static Party party(String path, PartyForm form, InvalidInputException.Collector errors, boolean needsEmail) {
        String name = required(path + ".name", form.name(), 60, errors);
        IdType idType = idType(path + ".idType", form.idType(), errors);
        String idNumber = idType == null ? null : idNumber(path + ".idNumber", idType, form.idNumber(), errors);
        MobileNumber mobile = errors.check(() -> MobileNumber.parse(path + ".mobile", form.mobile()));
        String email = needsEmail ? email(path + ".email", form.email(), errors) : optionalEmail(path + ".email", form.email(), errors);
        if (name == null || idNumber == null || mobile == null || (needsEmail && email == null)) {
            return null;
        }
        return new Party(name, idType, idNumber, mobile.value(), email == null ? "" : email,
                Regions.address(path + ".region", form.region(), form.address(), errors),
                InputHygiene.tidy(form.department()));
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
        if (type == IdType.RESIDENT_ID) {
            ResidentIdNumber id = errors.check(() -> ResidentIdNumber.parse(field, raw));
            return id == null ? null : id.value();
        }
        IdentityDocument document = errors.check(() -> IdentityDocument.parse(field,
                IdentityDocument.Kind.valueOf(type.name()), raw));
        return document == null ? null : document.number();
    }

    private static String required(String field, String raw, int max, InvalidInputException.Collector errors) {
        String value = InputHygiene.tidy(raw);
        if (value.isEmpty()) {
            errors.add(FieldViolation.of(field, "required", "validation.required", field));
            return null;
        }
        if (value.length() > max) {
            errors.add(FieldViolation.of(field, "length", "orders.text.tooLong", field, max));
            return null;
        }
        return value;
    }

    private static String email(String field, String raw, InvalidInputException.Collector errors) {
        String value = InputHygiene.tidy(raw).replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        if (value.isEmpty()) {
            errors.add(FieldViolation.of(field, "required", "validation.required", field));
            return null;
        }
        if (!EMAIL.matcher(value).matches() || value.length() > 120) {
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
