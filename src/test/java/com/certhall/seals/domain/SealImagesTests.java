package com.certhall.seals.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.seals.SealKind;
import com.certhall.shared.InvalidInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Seal images: sizes at 300 dpi, the pHYs chunk, transparency, red ink where the seal is drawn. */
class SealImagesTests {

    final SealImages images = new SealImages();

    @Test
    void aRoundOfficialSealIs42MillimetresAt300DpiRedOnTransparent() throws Exception {
        byte[] png = images.draw(SealKind.OFFICIAL, "北京煤炭贸易有限公司", null, null);
        save("official.png", png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(496).isEqualTo(image.getHeight());
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(alpha(image, 0, 0)).as("corner outside the circle").isZero();
        assertThat(alpha(image, 248, 5)).as("top of the ring").isGreaterThan(200);
        assertThat(red(image, 248, 5)).isTrue();
        assertThat(alpha(image, 248, 248)).as("the star's centre").isGreaterThan(200);
        assertThat(alpha(image, 248, 330)).as("below the star, no text").isZero();
        assertThat(pixelsPerMetre(png)).isEqualTo(11811);
    }

    @Test
    void anEllipticalInvoiceSealCarriesTheUsccAndAPersonalSealIsSquare() throws Exception {
        byte[] invoice = images.draw(SealKind.INVOICE, "北京煤炭贸易有限公司", "91110000600037341L", null);
        save("invoice.png", invoice);
        BufferedImage ellipse = ImageIO.read(new ByteArrayInputStream(invoice));
        assertThat(ellipse.getWidth()).isEqualTo(472);
        assertThat(ellipse.getHeight()).isEqualTo(354);
        assertThat(alpha(ellipse, 2, 2)).isZero();
        assertThat(alpha(ellipse, 2, 177)).as("left end of the ellipse").isGreaterThan(200);
        byte[] personal = images.draw(SealKind.PERSONAL, "张三丰", null, null);
        save("personal.png", personal);
        BufferedImage square = ImageIO.read(new ByteArrayInputStream(personal));
        assertThat(square.getWidth()).isEqualTo(236).isEqualTo(square.getHeight());
        assertThat(alpha(square, 2, 2)).as("the square's corner is drawn").isGreaterThan(200);
        assertThat(pixelsPerMetre(personal)).isEqualTo(11811);
    }

    @Test
    void aMissingNameOrUsccIsRefusedNamingTheField() {
        assertThatThrownBy(() -> images.draw(SealKind.OFFICIAL, " ", null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("name"));
        assertThatThrownBy(() -> images.draw(SealKind.PERSONAL, "欧阳司马青", null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("name"));
        assertThatThrownBy(() -> images.draw(SealKind.INVOICE, "某公司", null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("uscc"));
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }

    private static boolean red(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return ((rgb >> 16) & 0xFF) > 180 && ((rgb >> 8) & 0xFF) < 60 && (rgb & 0xFF) < 60;
    }

    private static int pixelsPerMetre(byte[] png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Element root = (Element) metadata.getAsTree("javax_imageio_png_1.0");
            Element phys = (Element) root.getElementsByTagName("pHYs").item(0);
            assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
            return Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis"));
        }
    }

    private static void save(String name, byte[] png) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots", "seals"));
        Files.write(dir.resolve(name), png);
    }
}
