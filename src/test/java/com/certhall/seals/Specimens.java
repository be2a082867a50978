package com.certhall.seals;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/** Scans of seal specimens for the tests: off-white noisy paper with a ring and a filled middle in an ink colour. */
public final class Specimens {

    private Specimens() {
    }

    /** A PNG scan {@code size} px square with a ring of {@code diameter} px in {@code ink}. */
    public static byte[] scan(Color ink, int size, int diameter) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int n = 235 + random.nextInt(15);
                image.setRGB(x, y, new Color(n, n, n - 5).getRGB());
            }
        }
        Graphics2D g = image.createGraphics();
        g.setColor(ink);
        int at = (size - diameter) / 2;
        g.setStroke(new BasicStroke(Math.max(2, diameter / 30f)));
        g.drawOval(at, at, diameter, diameter);
        g.fillOval(size / 2 - diameter / 8, size / 2 - diameter / 8, diameter / 4, diameter / 4);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
