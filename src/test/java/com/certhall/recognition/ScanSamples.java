package com.certhall.recognition;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Phone photos of fictitious documents, drawn in the tests: an ID card front and back and a business licence
 * rendered with the font the PDFs embed (Noto Sans SC), then turned a few degrees, sheared a little (perspective),
 * blurred, sprinkled with noise, laid on a table and JPEG-compressed. No real person's data: the names are made up
 * and the numbers are computed to carry right check characters.
 */
public final class ScanSamples {

    private static final Font FONT = loadFont();
    private static final int CARD_W = 856;
    private static final int CARD_H = 540;

    private ScanSamples() {
    }

    /** How the photo was taken. */
    public record Shot(double degrees, double shear, double noise, boolean blur, long seed) {

        public static Shot mild(long seed) {
            return new Shot(3.0, 0.02, 18, true, seed);
        }
    }

    public record Person(String name, String sex, String ethnicity, LocalDate birth, String address1,
            String address2, String idNumber) {
    }

    public static byte[] idFront(Person p, Shot shot) {
        BufferedImage card = card(new Color(236, 240, 246));
        Graphics2D g = pen(card);
        label(g, "姓名", 50, 90);
        label(g, "性别", 50, 160);
        label(g, "民族", 230, 160);
        label(g, "出生", 50, 230);
        label(g, "住址", 50, 300);
        label(g, "公民身份号码", 50, 470);
        value(g, p.name(), 140, 90, 34);
        value(g, p.sex(), 140, 160, 32);
        value(g, p.ethnicity(), 320, 160, 32);
        value(g, p.birth().getYear() + "年" + p.birth().getMonthValue() + "月" + p.birth().getDayOfMonth() + "日",
                140, 230, 32);
        value(g, p.address1(), 140, 300, 30);
        value(g, p.address2(), 140, 345, 30);
        value(g, p.idNumber(), 270, 470, 36);
        g.setColor(new Color(205, 210, 220));
        g.fillRect(600, 60, 200, 250);
        g.dispose();
        return photo(card, shot);
    }

    public static byte[] idBack(String authority, LocalDate from, LocalDate until, Shot shot) {
        BufferedImage card = card(new Color(238, 242, 236));
        Graphics2D g = pen(card);
        g.setColor(new Color(180, 40, 40));
        g.setStroke(new BasicStroke(4));
        g.drawOval(60, 40, 110, 110);
        value(g, "中华人民共和国", 260, 100, 40);
        value(g, "居民身份证", 290, 180, 48);
        label(g, "签发机关", 120, 400);
        label(g, "有效期限", 120, 470);
        value(g, authority, 260, 400, 30);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy.MM.dd");
        value(g, from.format(f) + "-" + (until == null ? "长期" : until.format(f)), 260, 470, 30);
        g.dispose();
        return photo(card, shot);
    }

    public static byte[] licence(String uscc, String name, String legalRep, String address, Shot shot) {
        BufferedImage sheet = new BufferedImage(1000, 700, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = pen(sheet);
        g.setColor(new Color(250, 248, 240));
        g.fillRect(0, 0, 1000, 700);
        g.setColor(new Color(170, 120, 60));
        g.setStroke(new BasicStroke(8));
        g.drawRect(20, 20, 960, 660);
        value(g, "营业执照", 400, 120, 50);
        value(g, "统一社会信用代码 " + uscc, 80, 200, 28);
        label(g, "名称", 80, 280);
        label(g, "类型", 80, 335);
        label(g, "法定代表人", 80, 390);
        label(g, "注册资本", 80, 445);
        label(g, "住所", 80, 500);
        value(g, name, 240, 280, 28);
        value(g, "有限责任公司", 240, 335, 28);
        value(g, legalRep, 240, 390, 28);
        value(g, "壹佰万元整", 240, 445, 28);
        value(g, address, 240, 500, 28);
        g.setColor(new Color(200, 40, 40));
        g.drawOval(700, 520, 140, 140);
        g.dispose();
        return photo(sheet, shot);
    }

    /** A resident ID number with a right check character (GB 11643-1999, ISO 7064 MOD 11-2). */
    public static String idNumber(String area, LocalDate birth, int sequence) {
        String body = area + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        return body + com.certhall.orders.Identities.residentIdCheck(body);
    }

    /** A USCC with a right check character (GB 32100-2015) for the 17 characters given. */
    public static String uscc(String body17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(body17.charAt(i)) * weights[i];
        }
        return body17 + alphabet.charAt((31 - sum % 31) % 31);
    }

    /** The same number with its check character changed. */
    public static String wrongCheck(String idNumber) {
        char c = idNumber.charAt(17);
        return idNumber.substring(0, 17) + (c == '1' ? '2' : c == 'X' ? '3' : c == '9' ? '1' : (char) (c + 1));
    }

    private static BufferedImage card(Color paper) {
        BufferedImage card = new BufferedImage(CARD_W, CARD_H, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = card.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, paper, CARD_W, CARD_H, paper.darker()));
        g.fillRoundRect(0, 0, CARD_W, CARD_H, 40, 40);
        g.dispose();
        return card;
    }

    private static Graphics2D pen(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    private static void label(Graphics2D g, String text, int x, int y) {
        g.setColor(new Color(70, 90, 120));
        g.setFont(FONT.deriveFont(26f));
        g.drawString(text, x, y);
    }

    private static void value(Graphics2D g, String text, int x, int y, float size) {
        g.setColor(new Color(20, 20, 20));
        g.setFont(FONT.deriveFont(size));
        g.drawString(text, x, y);
    }

    /** The document on a wooden-brown table, turned, sheared, blurred, noisy, as a JPEG of quality 0.75. */
    private static byte[] photo(BufferedImage doc, Shot shot) {
        Random random = new Random(shot.seed());
        int w = doc.getWidth() + 300;
        int h = doc.getHeight() + 260;
        BufferedImage photo = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(120, 92, 64), w, h, new Color(96, 70, 50)));
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        AffineTransform t = new AffineTransform();
        t.translate(w / 2.0, h / 2.0);
        t.rotate(Math.toRadians(shot.degrees()));
        t.shear(shot.shear(), 0);
        t.translate(-doc.getWidth() / 2.0, -doc.getHeight() / 2.0);
        g.drawImage(doc, t, null);
        g.dispose();
        if (shot.blur()) {
            float[] k = new float[9];
            java.util.Arrays.fill(k, 1f / 9);
            photo = new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(photo, null);
        }
        int[] rgb = photo.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < rgb.length; i++) {
            int d = (int) Math.round(random.nextGaussian() * shot.noise());
            int c = rgb[i];
            rgb[i] = (clamp(((c >> 16) & 255) + d) << 16) | (clamp(((c >> 8) & 255) + d) << 8) | clamp((c & 255) + d);
        }
        photo.setRGB(0, 0, w, h, rgb, 0, w);
        return jpeg(photo, 0.75f);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static Font loadFont() {
        try (InputStream in = ScanSamples.class.getResourceAsStream("/fonts/NotoSansSC-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("the embedded font is missing from the classpath");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
