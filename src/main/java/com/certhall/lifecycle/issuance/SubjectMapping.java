package com.certhall.lifecycle.issuance;

import com.certhall.orders.Subject.Party;
import com.certhall.orders.Subject;
import com.certhall.pki.CertificateProfile;
import com.certhall.pki.KeyAlgorithm;
import com.certhall.pki.SubjectData;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.ResidentIdNumber;
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
     * USCC, or a natural person (CN = name, resident ID). No e-mail address: an rfc822Name (and with it
     * emailProtection) needs the holder's proof of control of the mailbox by a code or link, which orders do not
     * record; an address typed into the subject form is contact data only (docs/security.md "Bad input").
     */
    static SubjectData subject(Subject subject, CertificateProfile profile) {
        if (subject instanceof Subject.Organization org) {
            Uscc uscc = Uscc.parse("subject.uscc", org.uscc());
            return switch (profile) {
                // a handler's personal mailbox never names an organisation or its seal
                case ORGANIZATION, ESEAL -> new SubjectData(org.name(), org.name(), null, null, null, uscc, null,
                        null);
                case LEGAL_REPRESENTATIVE -> personOf(org.legalRep(), org.name(), uscc, null);
                default -> personOf(org.handler(), org.name(), uscc, org.handler().department());
            };
        }
        Party person = ((Subject.Person) subject).person();
        return new SubjectData(person.name(), null, null, null, null, null,
                ResidentIdNumber.parse("subject.idNumber", person.idNumber()), null);
    }

    private static SubjectData personOf(Party party, String organization, Uscc uscc, @Nullable String unit) {
        return new SubjectData(party.name(), organization, unit, null, null, uscc,
                ResidentIdNumber.parse("subject.idNumber", party.idNumber()), null);
    }

}
