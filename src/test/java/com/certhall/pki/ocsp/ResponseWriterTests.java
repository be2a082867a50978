package com.certhall.pki.ocsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.pki.ca.Der;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.DEROctetString;
import org.junit.jupiter.api.Test;

/** The DER pieces {@link ResponseWriter} writes by hand, against Bouncy Castle's DER encoder. */
class ResponseWriterTests {

    @Test
    void lengthsAreWrittenInTheFewestOctets() throws Exception {
        for (int length : new int[] {0, 1, 127, 128, 255, 256, 65_535, 65_536, 70_000}) {
            byte[] content = new byte[length];
            if (length > 0) {
                content[length - 1] = 7;
            }
            assertThat(Der.tlv(0x04, content)).as("length %d", length)
                    .isEqualTo(new DEROctetString(content).getEncoded(ASN1Encoding.DER));
        }
        assertThat(Der.tlv(0x04, new byte[100], new byte[100]))
                .isEqualTo(new DEROctetString(new byte[200]).getEncoded(ASN1Encoding.DER));
    }

    @Test
    void generalizedTimesAreWholeSecondsInUtc() throws Exception {
        for (String at : new String[] {"2026-12-06T04:05:06Z", "1999-01-31T23:59:59Z", "2050-01-01T00:00:00Z",
                "2126-07-15T12:30:00Z"}) {
            Instant instant = Instant.parse(at);
            assertThat(ResponseWriter.generalizedTime(instant.getEpochSecond())).as(at)
                    .isEqualTo(new ASN1GeneralizedTime(Date.from(instant)).getEncoded(ASN1Encoding.DER));
        }
    }
}
