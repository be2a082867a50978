package com.certhall.invoicing.provider.sandbox;

import com.certhall.invoicing.domain.ChineseAmount;
import com.certhall.invoicing.provider.TaxPlatform.InvoiceRequest;
import com.certhall.invoicing.provider.TaxPlatform.Item;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The invoice's PDF in the 数电 layout on a 241 × 140 mm page: QR code, title, number and date; buyer and seller;
 * the items with rate and tax; totals, 价税合计 in capitals (大写) and figures; remark, drawer, and the place where the
 * seller's invoice seal (发票专用章) goes. The CJK font is embedded as a subset, so the text can be extracted.
 */
final class EInvoicePdf {

    private static final float W = 683f;
    private static final float H = 397f;
    private static final float LEFT = 24f;
    private static final float RIGHT = W - 24f;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年MM月dd日")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final DateTimeFormatter QR_DATE = DateTimeFormatter.ofPattern("yyyyMMdd")
            .withZone(ZoneId.of("Asia/Shanghai"));
    /** Item columns: left edges (from LEFT) and titles. */
    private static final float[] COLS = {0, 190, 260, 300, 340, 420, 500, 550};
    private static final String[] HEADS = {"项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额"};

    private final byte[] font;
    private PDType0Font cjk;
    private PDPageContentStream out;

    EInvoicePdf(byte[] font) {
        this.font = font;
    }

    byte[] render(EInvoiceFiles.Issued invoice) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(W, H));
            doc.addPage(page);
            cjk = PDType0Font.load(doc, new ByteArrayInputStream(font), true);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                out = content;
                draw(invoice);
            }
            doc.getDocumentInformation().setTitle("电子发票 " + invoice.number());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the invoice PDF", e);
        }
    }

    private void draw(EInvoiceFiles.Issued inv) throws IOException {
        InvoiceRequest r = inv.request();
        qr(qrContent(inv), LEFT, H - 84, 64);
        String title = inv.red() ? "电子发票（普通发票）（红字）" : "电子发票（普通发票）";
        text(title, (W - cjk.getStringWidth(title) / 1000 * 18) / 2, H - 46, 18);
        out.setLineWidth(0.8f);
        line((W - 200) / 2, H - 54, (W + 200) / 2, H - 54);
        text("发票号码：" + inv.number(), RIGHT - 190, H - 36, 9);
        text("开票日期：" + DATE.format(inv.issuedAt()), RIGHT - 190, H - 52, 9);
        float top = H - 96;
        box(LEFT, top - 64, RIGHT - LEFT, 64);
        line(W / 2, top, W / 2, top - 64);
        party("购买方信息", r.buyer(), LEFT, top);
        party("销售方信息", r.seller(), W / 2, top);
        float y = top - 64;
        float itemsHeight = 18 + 15 * Math.max(3, r.items().size()) + 18;
        box(LEFT, y - itemsHeight, RIGHT - LEFT, itemsHeight);
        for (int i = 0; i < HEADS.length; i++) {
            text(HEADS[i], LEFT + COLS[i] + 4, y - 13, 8.5f);
        }
        float row = y - 30;
        for (Item item : r.items()) {
            String[] cells = {item.name(), item.specification(), item.unit(), Integer.toString(item.quantity()),
                    EInvoiceFiles.unitPrice(item.amountFen(), item.quantity()), EInvoiceFiles.yuan(item.amountFen()),
                    item.taxRatePercent() + "%", EInvoiceFiles.yuan(item.taxFen())};
            for (int i = 0; i < cells.length; i++) {
                text(cells[i], LEFT + COLS[i] + 4, row, 8.5f);
            }
            row -= 15;
        }
        float sums = y - itemsHeight + 6;
        text("合　　计", LEFT + 4, sums, 8.5f);
        text("¥" + EInvoiceFiles.yuan(r.amountFen()), LEFT + COLS[5] + 4, sums, 8.5f);
        text("¥" + EInvoiceFiles.yuan(r.taxFen()), LEFT + COLS[7] + 4, sums, 8.5f);
        y -= itemsHeight;
        box(LEFT, y - 22, RIGHT - LEFT, 22);
        text("价税合计（大写）", LEFT + 4, y - 15, 9);
        text(ChineseAmount.of(r.totalFen()), LEFT + 110, y - 15, 9);
        text("（小写）¥" + EInvoiceFiles.yuan(r.totalFen()), LEFT + 420, y - 15, 9);
        y -= 22;
        box(LEFT, y - 44, RIGHT - LEFT, 44);
        text("备注", LEFT + 4, y - 14, 9);
        text(r.remark(), LEFT + 40, y - 14, 8.5f);
        if (inv.red()) {
            text("被红冲蓝字数电发票号码：" + inv.blueNumber() + "　红字发票信息确认单编号：" + inv.formNumber(),
                    LEFT + 40, y - 30, 8.5f);
        }
        text("开票人：" + r.drawer(), LEFT + 4, y - 62, 9);
        sealSpace(RIGHT - 130, y - 110);
    }

    private void party(String heading, com.certhall.invoicing.provider.TaxPlatform.Party p, float x, float top)
            throws IOException {
        text(heading, x + 6, top - 14, 9);
        text("名称：" + p.name(), x + 6, top - 30, 9);
        text("统一社会信用代码/纳税人识别号：" + p.taxNumber(), x + 6, top - 46, 9);
    }

    /** Where the seller's 发票专用章 goes: an outline and a caption, no imitation of a seal. */
    private void sealSpace(float x, float y) throws IOException {
        out.setStrokingColor(0.75f, 0.75f, 0.75f);
        out.setLineDashPattern(new float[] {3, 3}, 0);
        out.addRect(x, y, 110, 44);
        out.stroke();
        out.setLineDashPattern(new float[] {}, 0);
        out.setStrokingColor(0f, 0f, 0f);
        out.setNonStrokingColor(0.55f, 0.55f, 0.55f);
        text("销售方（发票专用章）", x + 12, y + 18, 8);
        out.setNonStrokingColor(0f, 0f, 0f);
    }

    /** Shaped like the 数电 QR text: version, kind, number, total in yuan, date. */
    private static String qrContent(EInvoiceFiles.Issued inv) {
        return "01,32,," + inv.number() + "," + EInvoiceFiles.yuan(inv.request().totalFen()) + ","
                + QR_DATE.format(inv.issuedAt()) + ",,";
    }

    private void qr(String content, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 1));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode the QR code", e);
        }
        float module = size / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    out.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        out.fill();
    }

    private void text(String value, float x, float y, float size) throws IOException {
        out.beginText();
        out.setFont(cjk, size);
        out.newLineAtOffset(x, y);
        out.showText(value == null ? "" : value);
        out.endText();
    }

    private void line(float x1, float y1, float x2, float y2) throws IOException {
        out.moveTo(x1, y1);
        out.lineTo(x2, y2);
        out.stroke();
    }

    private void box(float x, float y, float w, float h) throws IOException {
        out.setLineWidth(0.6f);
        out.addRect(x, y, w, h);
        out.stroke();
    }
}
