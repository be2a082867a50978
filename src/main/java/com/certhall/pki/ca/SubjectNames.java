package com.certhall.pki.ca;

import com.certhall.pki.CertificateProfile;
import com.certhall.pki.SubjectData;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * Composes subject DNs: C=CN, ST, L, O, OU, serialNumber, CN. serialNumber carries the USCC for organisation and
 * e-seal certificates and the resident ID number for certificates of persons.
 */
public final class SubjectNames {

    private static final Pattern SERIAL_NUMBER = Pattern.compile("(SERIALNUMBER=)([0-9A-Z]{4})[0-9A-Z]+([0-9A-Z]{4})");

    private SubjectNames() {
    }

    public static X500Name of(CertificateProfile profile, SubjectData data) {
        X500NameBuilder b = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN");
        if (data.province() != null) {
            b.addRDN(BCStyle.ST, data.province());
        }
        if (data.locality() != null) {
            b.addRDN(BCStyle.L, data.locality());
        }
        if (profile != CertificateProfile.PERSONAL && data.organization() != null) {
            b.addRDN(BCStyle.O, data.organization());
        }
        if (data.organizationalUnit() != null) {
            b.addRDN(BCStyle.OU, data.organizationalUnit());
        }
        String number = profile.identifiesOrganization()
                ? data.uscc().value()
                : data.idDocument().number();
        b.addRDN(BCStyle.SERIALNUMBER, number);
        b.addRDN(BCStyle.CN, data.commonName());
        return b.build();
    }

    /** CA subject: C=CN, O=organisation, CN=common name. */
    public static X500Name ca(String organization, String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN").addRDN(BCStyle.O, organization)
                .addRDN(BCStyle.CN, commonName).build();
    }

    /** The DN as stored and shown: the identifying serialNumber masked (440308********1234). */
    public static String masked(X500Name name) {
        return SERIAL_NUMBER.matcher(name.toString()).replaceAll(m -> m.group(1) + m.group(2)
                + "*".repeat(Math.max(0, m.group(0).length() - m.group(1).length() - 8)) + m.group(3));
    }
}
