package com.certhall.seals.domain;

import com.certhall.seals.SealKind;
import com.certhall.shared.InvalidInputException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * Turns a scanned or photographed seal specimen (印模) into a seal image (docs/seals.md "Images from a specimen"):
 * the red ink is kept, everything else made transparent, the picture cropped to the ink and scaled to the kind's
 * printed size at 300 dpi. A picture without enough red ink, too small to hold a seal, or far from the kind's shape
 * is refused naming the field {@code specimen}.
 */
@Component
public class SealSpecimens {

    /** The ink must span at least this many pixels each way (about 17 mm at 150 dpi). */
    static final int MIN_SIDE = 100;
    private static final int MAX_PIXELS = 25_000_000;

    /** The prepared PNG of {@code kind} from the specimen's bytes (PNG, JPEG, GIF or BMP). */
    public byte[] prepare(byte[] specimen, SealKind kind) {
        BufferedImage source = read(specimen);
        int w = source.getWidth();
        int h = source.getHeight();
        int minX = w;
        int minY = h;
        int maxX = -1;
        int maxY = -1;
        long inkPixels = 0;
        int[] alpha = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int a = inkAlpha(source.getRGB(x, y));
                alpha[y * w + x] = a;
                if (a > 0) {
                    inkPixels++;
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (maxX < 0) {
            throw refused("seals.specimen.noInk");
        }
        int cw = maxX - minX + 1;
        int ch = maxY - minY + 1;
        if (cw < MIN_SIDE || ch < MIN_SIDE) {
            throw refused("seals.specimen.tooSmall");
        }
        double share = inkPixels / (double) ((long) cw * ch);
        if (share < 0.03 || share > 0.75) {
            throw refused("seals.specimen.noInk");
        }
        double expected = kind.widthMm() / (double) kind.heightMm();
        double ratio = cw / (double) ch;
        if (ratio / expected < 0.8 || ratio / expected > 1.25) {
            throw refused("seals.specimen.shape");
        }
        BufferedImage ink = new BufferedImage(cw, ch, BufferedImage.TYPE_INT_ARGB);
        int rgb = SealImages.INK.getRGB() & 0xFFFFFF;
        for (int y = 0; y < ch; y++) {
            for (int x = 0; x < cw; x++) {
                ink.setRGB(x, y, alpha[(y + minY) * w + x + minX] << 24 | rgb);
            }
        }
        return SealImages.png(scaled(ink, SealImages.px(kind.widthMm()), SealImages.px(kind.heightMm())));
    }

    // Seal ink is red: red clearly above green and blue. The stronger the red stands out, the more opaque the pixel,
    // so the anti-aliased edges of the scan stay soft instead of jagged.
    private static int inkAlpha(int argb) {
        if ((argb >>> 24) < 128) {
            return 0;
        }
        int r = argb >> 16 & 0xFF;
        int g = argb >> 8 & 0xFF;
        int b = argb & 0xFF;
        int lead = r - Math.max(g, b);
        if (r < 110 || lead < 50) {
            return 0;
        }
        return Math.min(255, (lead - 50) * 255 / 80 + 60);
    }

    private static BufferedImage scaled(BufferedImage ink, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(ink, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    private static BufferedImage read(byte[] bytes) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            throw refused("seals.specimen.unreadable");
        }
        if ((long) image.getWidth() * image.getHeight() > MAX_PIXELS) {
            throw refused("seals.specimen.tooLarge");
        }
        return image;
    }

    private static InvalidInputException refused(String key) {
        return InvalidInputException.of("specimen", key.substring(key.lastIndexOf('.') + 1), key, "specimen");
    }
}
