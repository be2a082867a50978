package com.certhall.pki.crl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x509.Time;
import org.junit.jupiter.api.Test;

/**
 * The CRL writer's own time encoding gives exactly the bytes of Bouncy Castle's {@code Time(Date)}: UTCTime from 1950
 * through 2049, GeneralizedTime outside (RFC 5280 §5.1.2.4), whole seconds and "Z", at the edges and in between.
 */
class CrlTimeTests {

    @Test
    void encodesAsBouncyCastleDoesAtEveryEdge() throws Exception {
        for (String at : new String[] {"1949-12-31T23:59:59Z", "1950-01-01T00:00:00Z", "2026-12-05T19:47:03.987Z",
                "2049-12-31T23:59:59.999Z", "2050-01-01T00:00:00Z", "2099-06-30T12:00:00Z"}) {
            Instant instant = Instant.parse(at);
            assertThat(StreamingCrlWriter.time(instant).getEncoded(ASN1Encoding.DER)).as(at)
                    .isEqualTo(new Time(Date.from(instant)).getEncoded(ASN1Encoding.DER));
        }
        assertThat(StreamingCrlWriter.time(Instant.parse("2050-01-01T00:00:00Z")).toASN1Primitive())
                .isInstanceOf(org.bouncycastle.asn1.ASN1GeneralizedTime.class);
    }
}
