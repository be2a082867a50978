package com.certhall.accounts.domain;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * Draws captcha texts with Java2D: 5 characters from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S,
 * 8/B), each turned and shifted, over noise lines and dots. The PNG comes back as a data URI.
 */
final class CaptchaImages {

    static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
    static final int LENGTH = 5;
    private static final int WIDTH = 150;
    private static final int HEIGHT = 48;

    private final SecureRandom random = new SecureRandom();

    String randomText() {
        StringBuilder text = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    String dataUri(String text) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xF2F6FB));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            noise(g);
            letters(g, text);
        } finally {
            g.dispose();
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(image));
    }

    private void noise(Graphics2D g) {
        for (int i = 0; i < 6; i++) {
            g.setColor(randomColor(120, 200));
            g.setStroke(new BasicStroke(1f + random.nextFloat()));
            g.drawLine(random.nextInt(WIDTH), random.nextInt(HEIGHT), random.nextInt(WIDTH), random.nextInt(HEIGHT));
        }
        for (int i = 0; i < 120; i++) {
            g.setColor(randomColor(100, 220));
            g.fillRect(random.nextInt(WIDTH), random.nextInt(HEIGHT), 2, 2);
        }
    }

    private void letters(Graphics2D g, String text) {
        int step = (WIDTH - 20) / text.length();
        for (int i = 0; i < text.length(); i++) {
            Font font = new Font(Font.SANS_SERIF, Font.BOLD, 26 + random.nextInt(6));
            double angle = Math.toRadians(random.nextInt(50) - 25);
            g.setFont(font.deriveFont(AffineTransform.getRotateInstance(angle)));
            g.setColor(randomColor(20, 110));
            g.drawString(String.valueOf(text.charAt(i)), 10 + i * step + random.nextInt(5), 34 + random.nextInt(8));
        }
        g.setColor(randomColor(40, 120));
        g.setStroke(new BasicStroke(2f));
        int y = HEIGHT / 2 + random.nextInt(10) - 5;
        g.drawLine(4, y, WIDTH - 4, y + random.nextInt(12) - 6);
    }

    private Color randomColor(int low, int high) {
        return new Color(low + random.nextInt(high - low), low + random.nextInt(high - low),
                low + random.nextInt(high - low));
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
