package com.certhall.invoicing.provider.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The invoice as an OFD package (GB/T 33190-2016), the format the tax platform hands out beside the PDF: a zip with
 * {@code OFD.xml} (document info and the invoice's key facts as custom data), {@code Doc_0/Document.xml} (one page of
 * 241 × 140 mm), its public resources (the CJK font, embedded as a subset of the characters used) and document
 * resources (the seal image), the page content ({@link EInvoiceLayout}, in millimetres from the top left) and the
 * EInvoice XML as an attachment. Names and structure follow GB/T 33190-2016 clause 7.
 */
final class EInvoiceOfd implements InvoiceCanvas {

    static final String NS = "http://www.ofdspec.org/2016";
    private static final float MM = 25.4f / 72f;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final int FONT_ID = 1;
    private static final int SEAL_ID = 2;

    private final byte[] font;
    private final StringBuilder layer = new StringBuilder();
    private final Set<Integer> used = new TreeSet<>();
    private int nextId = 10;
    private TrueTypeFont ttf;
    private CmapLookup cmap;
    private byte[] sealPng = new byte[0];

    EInvoiceOfd(byte[] font) {
        this.font = font;
    }

    byte[] render(EInvoiceFiles.Issued invoice, byte[] seal, byte[] xml) {
        try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            ttf = parsed;
            cmap = ttf.getUnicodeCmapLookup();
            new EInvoiceLayout(this).draw(invoice, seal);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                put(zip, "OFD.xml", ofd(invoice));
                put(zip, "Doc_0/Document.xml", document());
                put(zip, "Doc_0/PublicRes.xml", xml("<ofd:Res xmlns:ofd=\"" + NS + "\" BaseLoc=\"Res\"><ofd:Fonts>"
                        + "<ofd:Font ID=\"" + FONT_ID + "\" FontName=\"Noto Sans SC\" FamilyName=\"Noto Sans SC\">"
                        + "<ofd:FontFile>NotoSansSC-subset.ttf</ofd:FontFile></ofd:Font></ofd:Fonts></ofd:Res>"));
                put(zip, "Doc_0/DocumentRes.xml", xml("<ofd:Res xmlns:ofd=\"" + NS + "\" BaseLoc=\"Res\">"
                        + "<ofd:MultiMedias><ofd:MultiMedia ID=\"" + SEAL_ID + "\" Type=\"Image\" Format=\"PNG\">"
                        + "<ofd:MediaFile>seal.png</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias></ofd:Res>"));
                put(zip, "Doc_0/Res/NotoSansSC-subset.ttf", subset());
                put(zip, "Doc_0/Res/seal.png", sealPng);
                put(zip, "Doc_0/Pages/Page_0/Content.xml", xml("<ofd:Page xmlns:ofd=\"" + NS + "\"><ofd:Content>"
                        + "<ofd:Layer ID=\"3\">" + layer + "</ofd:Layer></ofd:Content></ofd:Page>"));
                put(zip, "Doc_0/Attachs/Attachments.xml", xml("<ofd:Attachments xmlns:ofd=\"" + NS + "\">"
                        + "<ofd:Attachment ID=\"4\" Name=\"original_invoice\" Format=\"xml\" CreationDate=\""
                        + DAY.format(invoice.issuedAt()) + "\" Size=\"" + String.format(Locale.ROOT, "%.2f",
                        xml.length / 1024.0) + "\" Visible=\"false\"><ofd:FileLoc>original_invoice.xml</ofd:FileLoc>"
                        + "</ofd:Attachment></ofd:Attachments>"));
                put(zip, "Doc_0/Attachs/original_invoice.xml", xml);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the invoice OFD", e);
        }
    }

    private String ofd(EInvoiceFiles.Issued inv) {
        String total = EInvoiceFiles.yuan(inv.request().totalFen());
        return xml("<ofd:OFD xmlns:ofd=\"" + NS + "\" Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody><ofd:DocInfo>"
                + "<ofd:DocID>" + inv.number() + "000000000000</ofd:DocID><ofd:Title>电子发票 " + inv.number()
                + "</ofd:Title><ofd:Author>" + esc(inv.request().seller().name()) + "</ofd:Author>"
                + "<ofd:CreationDate>" + DAY.format(inv.issuedAt()) + "</ofd:CreationDate><ofd:CustomDatas>"
                + custom("发票号码", inv.number()) + custom("开票日期", DAY.format(inv.issuedAt()))
                + custom("合计金额", EInvoiceFiles.yuan(inv.request().amountFen()))
                + custom("合计税额", EInvoiceFiles.yuan(inv.request().taxFen())) + custom("价税合计", total)
                + custom("购买方纳税人识别号", inv.request().buyer().taxNumber())
                + custom("销售方纳税人识别号", inv.request().seller().taxNumber())
                + "</ofd:CustomDatas></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody>"
                + "</ofd:OFD>");
    }

    private String document() {
        return xml("<ofd:Document xmlns:ofd=\"" + NS + "\"><ofd:CommonData><ofd:MaxUnitID>" + (nextId - 1)
                + "</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 " + mm(EInvoiceLayout.W) + " "
                + mm(EInvoiceLayout.H) + "</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml"
                + "</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData><ofd:Pages>"
                + "<ofd:Page ID=\"5\" BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages>"
                + "<ofd:Attachments>Attachs/Attachments.xml</ofd:Attachments></ofd:Document>");
    }

    @Override
    public void text(String value, float x, float y, float size) {
        if (value == null || value.isEmpty()) {
            return;
        }
        value.codePoints().forEach(used::add);
        float top = EInvoiceLayout.H - y - size;
        layer.append("<ofd:TextObject ID=\"").append(nextId++).append("\" Boundary=\"").append(mm(x)).append(' ')
                .append(mm(top)).append(' ').append(mm(width(value, size) + 1)).append(' ')
                .append(mm(size * 1.3f)).append("\" Font=\"").append(FONT_ID).append("\" Size=\"").append(mm(size))
                .append("\"><ofd:TextCode X=\"0\" Y=\"").append(mm(size)).append("\">").append(esc(value))
                .append("</ofd:TextCode></ofd:TextObject>");
    }

    @Override
    public float width(String value, float size) {
        try {
            float units = 0;
            for (int cp : value.codePoints().toArray()) {
                units += ttf.getAdvanceWidth(cmap.getGlyphId(cp));
            }
            return units / ttf.getUnitsPerEm() * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void line(float x1, float y1, float x2, float y2, float lineWidth) {
        path("M " + mm(x1) + " " + mm(EInvoiceLayout.H - y1) + " L " + mm(x2) + " " + mm(EInvoiceLayout.H - y2),
                lineWidth, false);
    }

    @Override
    public void box(float x, float y, float w, float h, float lineWidth) {
        path(rect(x, y, w, h), lineWidth, false);
    }

    @Override
    public void squares(float[][] squares) {
        StringBuilder data = new StringBuilder();
        for (float[] s : squares) {
            data.append(data.isEmpty() ? "" : " ").append(rect(s[0], s[1], s[2], s[2]));
        }
        path(data.toString(), 0, true);
    }

    @Override
    public void image(byte[] png, float x, float y, float w, float h) {
        sealPng = png;
        layer.append("<ofd:ImageObject ID=\"").append(nextId++).append("\" Boundary=\"").append(mm(x)).append(' ')
                .append(mm(EInvoiceLayout.H - y - h)).append(' ').append(mm(w)).append(' ').append(mm(h))
                .append("\" CTM=\"").append(mm(w)).append(" 0 0 ").append(mm(h)).append(" 0 0\" ResourceID=\"")
                .append(SEAL_ID).append("\"/>");
    }

    /** A closed rectangle in page millimetres, y downwards. */
    private static String rect(float x, float y, float w, float h) {
        String l = mm(x);
        String r = mm(x + w);
        String t = mm(EInvoiceLayout.H - y - h);
        String b = mm(EInvoiceLayout.H - y);
        return "M " + l + " " + t + " L " + r + " " + t + " L " + r + " " + b + " L " + l + " " + b + " C";
    }

    private void path(String data, float lineWidth, boolean fill) {
        layer.append("<ofd:PathObject ID=\"").append(nextId++).append("\" Boundary=\"0 0 ")
                .append(mm(EInvoiceLayout.W)).append(' ').append(mm(EInvoiceLayout.H)).append('"')
                .append(fill ? " Stroke=\"false\" Fill=\"true\"" : " LineWidth=\"" + mm(lineWidth) + "\"").append('>')
                .append(fill ? "<ofd:FillColor Value=\"0 0 0\"/>" : "").append("<ofd:AbbreviatedData>")
                .append(data).append("</ofd:AbbreviatedData></ofd:PathObject>");
    }

    /** The font with only the characters the page shows. */
    private byte[] subset() throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(ttf);
        subsetter.addAll(used);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return out.toByteArray();
    }

    private static String custom(String name, String value) {
        return "<ofd:CustomData Name=\"" + name + "\">" + esc(value) + "</ofd:CustomData>";
    }

    private static String mm(float points) {
        return String.format(Locale.ROOT, "%.2f", points * MM);
    }

    private static String xml(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body;
    }

    private static String esc(String value) {
        return value == null ? "" : value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        put(zip, name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
