package com.certhall.recognition.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.certhall.documents.DocumentFormat;
import com.certhall.documents.DocumentSamples;
import com.certhall.recognition.ScanSamples;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Finding, straightening and binarizing the document, without an OCR engine. */
class ScanPreparationTests {

    private static BufferedImage decode(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static byte[] card(double degrees) {
        return ScanSamples.idFront(new ScanSamples.Person("林晓雨", "女", "汉", LocalDate.of(1990, 3, 7),
                "北京市海淀区中关村南大街", "27号1栋302室", ScanSamples.idNumber("110108", LocalDate.of(1990, 3, 7), 1)),
                new ScanSamples.Shot(degrees, 0, 12, true, 7));
    }

    @Test
    void turnsATiltedCardUprightAndCropsItFromTheTable() throws IOException {
        BufferedImage photo = decode(card(-4));
        ScanPreparation.Prepared prepared = new ScanPreparation().prepare(photo, 1000);
        assertThat(prepared.skew()).isCloseTo(-4.0, within(0.5));
        assertThat(prepared.hasText()).isTrue();
        assertThat(prepared.image().getWidth()).isEqualTo(1000);
        // the card (856 × 540) fills the crop: the photo's table (300 px wider, 260 higher) is gone
        double aspect = (double) prepared.image().getWidth() / prepared.image().getHeight();
        assertThat(aspect).isCloseTo(856.0 / 540, within(0.12));
    }

    @Test
    void aStraightCardIsLeftStraight() throws IOException {
        assertThat(new ScanPreparation().prepare(decode(card(0)), 1000).skew()).isCloseTo(0.0, within(0.3));
    }

    @Test
    void aPictureWithoutTextIsNotSentToTheEngine() throws IOException {
        BufferedImage oval = decode(DocumentSamples.image(DocumentFormat.PNG, 640, 480));
        assertThat(new ScanPreparation().prepare(oval, 1000).hasText()).isFalse();
    }
}
