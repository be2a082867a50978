package com.certhall.seals;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.lifecycle.CertificateManagement;
import com.certhall.pki.CertificateAuthority;
import com.certhall.pki.CertificateRecord;
import com.certhall.seals.domain.SealAdministration;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.TestClock;
import com.certhall.support.TestEnvironment;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seals made by orders and ended with their certificate (docs/seals.md "Making a seal", "The end of a seal"): a
 * coal-trade organisation's e-seal certificate gets a GB/T 38540 seal that openssl reads and whose maker's signature
 * it verifies, listing the holder's certificate; the handler becomes the seal administrator; the seal reads as expired
 * after its validity and ends when the certificate is revoked.
 */
@KnownPortIntegrationTest
class SealsTests {

    @Autowired
    SealHolders holders;
    @Autowired
    Seals seals;
    @Autowired
    com.certhall.seals.pdf.SealChoices sealChoices;
    @Autowired
    SealAdministration administration;
    @Autowired
    CertificateManagement certificates;
    @Autowired
    CertificateAuthority authority;
    @Autowired
    TestClock clock;
    @TempDir
    Path dir;

    @Test
    void anEsealOrderGetsASealThatOpensslReadsAndEndsWithItsCertificate() throws Exception {
        TestEnvironment.requireCommand("openssl");
        SealHolders.Holder holder = holders.register();
        SealHolders.Issued issued = holders.issue(holder, "晋阳煤炭贸易有限公司");
        SealView seal = issued.seal();
        CertificateRecord cert = authority.find(seal.certificateSerial()).orElseThrow();

        assertThat(seal.status()).isEqualTo(SealStatus.ACTIVE);
        assertThat(seal.kind()).isEqualTo(SealKind.OFFICIAL);
        assertThat(seal.name()).isEqualTo("晋阳煤炭贸易有限公司");
        assertThat(seal.source()).isEqualTo("GENERATED");
        assertThat(seal.esId()).matches("\\d{13}").startsWith(issued.uscc().substring(2, 8));
        assertThat(seal.validFrom()).isEqualTo(cert.notBefore());
        assertThat(seal.validTo()).isEqualTo(cert.notAfter());
        assertThat(certificates.get(seal.certificateSerial()).profile()).isEqualTo("ESEAL");
        assertThat(administration.memberships(holder.account())).singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo("ADMIN"))
                .satisfies(m -> assertThat(m.uscc()).isEqualTo(issued.uscc()));

        byte[] seSeal = seals.seSeal(holder.account(), seal.id());
        byte[] image = seals.image(holder.account(), seal.id());
        assertThat(Arrays.copyOf(image, 4)).containsExactly(0x89, 'P', 'N', 'G');
        SealChecks.verified(dir, seSeal, seal.esId(), cert.der(), image);

        // expiry needs no event: past the certificate's notAfter the seal reads as expired and is not usable
        assertThat(seals.usableBy(holder.account())).extracting(UsableSeal::esId).containsExactly(seal.esId());
        // the PDF sealing page offers this certificate with the seal's own picture, not a drawn one
        var caller = com.certhall.accounts.AuthenticatedUser.applicant(holder.account(), "holder");
        assertThat(sealChoices.choice(caller, seal.certificateSerial())).hasValueSatisfying(choice -> {
            assertThat(choice.image()).isEqualTo(image);
            assertThat(choice.name()).isEqualTo(seal.name());
        });
        try {
            clock.setTo(seal.validTo().plusSeconds(1));
            assertThat(seals.get(holder.account(), seal.id()).status()).isEqualTo(SealStatus.EXPIRED);
            assertThat(seals.usableBy(holder.account())).isEmpty();
        } finally {
            clock.reset();
        }

        // revocation ends it
        certificates.revoke(seal.certificateSerial(), "CESSATION_OF_OPERATION", "staff:reviewer");
        SealView ended = Eventually.await("seal ended", Duration.ofSeconds(30),
                () -> seals.get(holder.account(), seal.id()), s -> s.status() != SealStatus.ACTIVE);
        assertThat(ended.status()).isEqualTo(SealStatus.REVOKED);
        assertThat(ended.endedReason()).isEqualTo("CESSATION_OF_OPERATION");
        assertThat(seals.usableBy(holder.account())).isEmpty();
    }

    @Test
    void aSpecimenUploadedWithTheOrderBecomesTheSealsImage() throws Exception {
        SealHolders.Holder holder = holders.register();
        SealHolders.Issued issued = holders.issue(holder, "太原印模商贸有限公司",
                Specimens.scan(new Color(205, 25, 35), 700, 520));
        assertThat(issued.seal().source()).isEqualTo("SPECIMEN");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(seals.image(holder.account(),
                issued.seal().id())));
        assertThat(image.getWidth()).isEqualTo(496);
        assertThat(image.getRGB(20, 20) >>> 24).as("the paper became transparent").isZero();
        assertThat(image.getRGB(image.getWidth() / 2, image.getHeight() / 2) >>> 24).as("the ink stays")
                .isEqualTo(255);
        assertThat(Der.indexOf(seals.seSeal(holder.account(), issued.seal().id()),
                seals.image(holder.account(), issued.seal().id()))).as("the SESeal carries that image").isPositive();
    }

}
