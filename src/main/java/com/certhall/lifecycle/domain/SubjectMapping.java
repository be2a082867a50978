package com.certhall.lifecycle.domain;

import com.certhall.orders.Subject.Party;
import com.certhall.orders.Subject;
import com.certhall.pki.CertificateProfile;
import com.certhall.pki.KeyAlgorithm;
import com.certhall.pki.SubjectData;
import com.certhall.shared.AdministrativeDivisions;
import com.certhall.shared.AdministrativeDivisions.Place;
import com.certhall.shared.IdentityDocument;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.Uscc;
import org.jspecify.annotations.Nullable;

/** From an order's verified data and a catalog line to what the CA needs: profile, algorithm, subject. */
final class SubjectMapping {

    private SubjectMapping() {
    }

    /** The catalog's certificate type ({@code ORGANIZATION} …) as a pki profile. */
    static CertificateProfile profile(String certType) {
        return switch (certType) {
            case "ORGANIZATION" -> CertificateProfile.ORGANIZATION;
            case "ORGANIZATION_INDIVIDUAL" -> CertificateProfile.ORGANIZATION_INDIVIDUAL;
            case "PERSONAL" -> CertificateProfile.PERSONAL;
            case "LEGAL_REPRESENTATIVE" -> CertificateProfile.LEGAL_REPRESENTATIVE;
            case "ESEAL" -> CertificateProfile.ESEAL;
            default -> throw InvalidInputException.of("certType", "unsupported", "validation.pki.profile",
                    "certType");
        };
    }

    /** The catalog's algorithm name ({@code SM2}, {@code EC_P256}, {@code RSA_2048}) as a pki algorithm. */
    static KeyAlgorithm algorithm(String name) {
        return switch (name) {
            case "SM2" -> KeyAlgorithm.SM2;
            case "EC_P256" -> KeyAlgorithm.EC_P256;
            case "RSA_2048" -> KeyAlgorithm.RSA_2048;
            default -> throw InvalidInputException.of("keyAlgorithm", "unsupported", "validation.pki.profile",
                    "keyAlgorithm");
        };
    }

    /**
     * The holder as the profile wants him: an organisation (CN = O = its name, USCC), a person acting for it
     * (the handler; the legal representative for {@code LEGAL_REPRESENTATIVE}) with the organisation's name and
     * USCC, an e-seal (CN = the seal's name), or a natural person (CN = name, ID document). ST and L are the province
     * and city the organisation's (for a person: his) address starts with, when they are in the GB/T 2260 list
     * (docs/pki.md). No e-mail address: an rfc822Name (and with it emailProtection) needs the holder's proof of
     * control of the mailbox by a code or link, which orders do not record; an address typed into the subject form is
     * contact data only (docs/security.md "Bad input").
     */
    static SubjectData subject(Subject subject, CertificateProfile profile) {
        if (subject instanceof Subject.Organization org) {
            Uscc uscc = Uscc.parse("subject.uscc", org.uscc());
            Place place = AdministrativeDivisions.ofAddress(org.address()).orElse(null);
            return switch (profile) {
                case ORGANIZATION -> new SubjectData(org.name(), org.name(), null, province(place), city(place),
                        uscc, null, null);
                // An e-seal certificate names the seal (docs/pki.md); without a seal name, the organisation.
                case ESEAL -> new SubjectData(sealNameOf(org), org.name(), null, province(place), city(place), uscc,
                        null, null);
                case LEGAL_REPRESENTATIVE -> personOf(org.legalRep(), org.name(), uscc, null, place);
                default -> personOf(org.handler(), org.name(), uscc, org.handler().department(), place);
            };
        }
        Party person = ((Subject.Person) subject).person();
        Place place = AdministrativeDivisions.ofAddress(person.address()).orElse(null);
        return new SubjectData(person.name(), null, null, province(place), city(place), null, documentOf(person),
                null);
    }

    private static SubjectData personOf(Party party, String organization, Uscc uscc, @Nullable String unit,
            @Nullable Place place) {
        return new SubjectData(party.name(), organization, unit, province(place), city(place), uscc,
                documentOf(party), null);
    }

    private static String sealNameOf(Subject.Organization org) {
        return org.sealName() == null || org.sealName().isBlank() ? org.name() : org.sealName();
    }

    private static @Nullable String province(@Nullable Place place) {
        return place == null ? null : place.province().name();
    }

    private static @Nullable String city(@Nullable Place place) {
        return place == null || place.city() == null ? null : place.city().name();
    }

    /** The order's document kinds are the CA's, by name (resident ID, passport, travel permits, FPR ID). */
    private static IdentityDocument documentOf(Party party) {
        return IdentityDocument.parse("subject.idNumber",
                IdentityDocument.Kind.valueOf(party.idType().name()), party.idNumber());
    }
}
