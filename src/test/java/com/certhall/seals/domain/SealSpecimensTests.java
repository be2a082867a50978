package com.certhall.seals.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.seals.SealKind;
import com.certhall.seals.Specimens;
import com.certhall.shared.InvalidInputException;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A seal image from an uploaded specimen (docs/seals.md "Images from a specimen"): a scan of a red round seal on
 * off-white paper becomes a transparent, cropped 42 mm PNG in the seal's ink; a scan without red ink, a seal too small
 * to read, a shape unlike the kind and a file that is no image are refused naming the field {@code specimen}.
 */
class SealSpecimensTests {

    private final SealSpecimens specimens = new SealSpecimens();

    @Test
    void aScannedRoundSealBecomesATransparentCroppedImageInTheSealsInk() throws Exception {
        byte[] png = specimens.prepare(scan(new Color(200, 30, 40), 600, 400), SealKind.OFFICIAL);
        BufferedImage out = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(out.getWidth()).isEqualTo(496);
        assertThat(out.getHeight()).isEqualTo(496);
        assertThat(out.getRGB(out.getWidth() / 2, 100) >>> 24).as("paper inside the ring is gone").isZero();
        assertThat(out.getRGB(20, 20) >>> 24).as("paper outside the ring is gone").isZero();
        assertThat(out.getRGB(out.getWidth() / 2, out.getHeight() / 2) >>> 24).as("the middle is ink").isEqualTo(255);
        // cropped to the ring: the left edge of the ring touches the left edge of the image
        int leftMost = out.getWidth();
        for (int x = 0; x < out.getWidth(); x++) {
            if ((out.getRGB(x, out.getHeight() / 2) >>> 24) > 128) {
                leftMost = x;
                break;
            }
        }
        assertThat(leftMost).isLessThan(10);
        int ink = out.getRGB(leftMost + 2, out.getHeight() / 2);
        assertThat(ink & 0xFFFFFF).isEqualTo(SealImages.INK.getRGB() & 0xFFFFFF);
        Path dir = Path.of("target", "screenshots", "seals");
        Files.createDirectories(dir);
        Files.write(dir.resolve("specimen-prepared.png"), png);
    }

    @Test
    void aSpecimenWithoutRedInkTooSmallOfTheWrongShapeOrNoImageIsRefusedNamingTheField() throws Exception {
        assertRefused(scan(new Color(20, 40, 200), 600, 400), SealKind.OFFICIAL, "seals.specimen.noInk");
        assertRefused(scan(new Color(200, 30, 40), 150, 60), SealKind.OFFICIAL, "seals.specimen.tooSmall");
        assertRefused(scan(new Color(200, 30, 40), 600, 400), SealKind.INVOICE, "seals.specimen.shape");
        assertRefused("not an image".getBytes(), SealKind.OFFICIAL, "seals.specimen.unreadable");
    }

    private void assertRefused(byte[] bytes, SealKind kind, String key) {
        assertThatThrownBy(() -> specimens.prepare(bytes, kind)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("specimen");
                        if (key != null) {
                            assertThat(v.messageKey()).isEqualTo(key);
                        }
                    });
                });
    }

    private static byte[] scan(Color ink, int size, int diameter) {
        return Specimens.scan(ink, size, diameter);
    }
}
