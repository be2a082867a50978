package com.certhall.documents.preview;

import com.certhall.documents.DocumentFormat;
import com.certhall.documents.DocumentSamples;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every accepted format gets a PNG thumbnail that keeps its aspect ratio and shows its content. */
class ThumbnailRendererTests {

    final ThumbnailRenderer renderer = new ThumbnailRenderer();

    @ParameterizedTest
    @EnumSource(value = DocumentFormat.class, names = {"JPEG", "PNG", "BMP", "GIF"})
    void scalesImagesDownToAPng(DocumentFormat format) throws IOException {
        byte[] thumbnail = renderer.render(DocumentSamples.image(format, 1280, 960), format);

        BufferedImage image = read(thumbnail);
        assertThat(image.getWidth()).isEqualTo(ThumbnailRenderer.MAX_SIDE);
        assertThat(image.getHeight()).isEqualTo(240);
        // the red oval in the middle survives scaling, the white corner too
        int centre = image.getRGB(160, 120);
        assertThat((centre >> 16) & 0xFF).isGreaterThan(150);
        assertThat(centre & 0xFF).isLessThan(90);
        assertThat(image.getRGB(2, 2) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        save(thumbnail, "thumbnail-" + format.name().toLowerCase());
    }

    @Test
    void keepsSmallImagesAtTheirSize() throws IOException {
        BufferedImage image = read(renderer.render(DocumentSamples.image(DocumentFormat.PNG, 100, 50),
                DocumentFormat.PNG));

        assertThat(image.getWidth()).isEqualTo(100);
        assertThat(image.getHeight()).isEqualTo(50);
    }

    @Test
    void rendersTheFirstPdfPage() throws IOException {
        byte[] thumbnail = renderer.render(DocumentSamples.pdf(), DocumentFormat.PDF);

        BufferedImage image = read(thumbnail);
        assertThat(image.getHeight()).isEqualTo(ThumbnailRenderer.MAX_SIDE);
        assertThat(image.getWidth()).isBetween(225, 227);
        // the blue rectangle drawn at (100..400, 500..700) pt on the A4 page
        int blue = image.getRGB(image.getWidth() / 2, (int) (ThumbnailRenderer.MAX_SIDE * (842 - 600) / 842.0));
        assertThat(blue & 0xFF).isGreaterThan(150);
        assertThat((blue >> 16) & 0xFF).isLessThan(80);
        save(thumbnail, "thumbnail-pdf");
    }

    @Test
    void failsOnContentThatOnlyLooksLikeAnImage() {
        byte[] fake = DocumentSamples.image(DocumentFormat.PNG, 50, 50);
        byte[] truncated = java.util.Arrays.copyOf(fake, 20);

        assertThatThrownBy(() -> renderer.render(truncated, DocumentFormat.PNG)).isInstanceOf(IOException.class);
        // the 15 bytes the probe uploaded as a business licence: a PDF header and nothing else
        byte[] fakePdf = "%PDF-1.4 marker".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> renderer.render(fakePdf, DocumentFormat.PDF)).isInstanceOf(IOException.class);
    }

    private static BufferedImage read(byte[] png) throws IOException {
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static void save(byte[] png, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name + ".png"), png);
    }
}
