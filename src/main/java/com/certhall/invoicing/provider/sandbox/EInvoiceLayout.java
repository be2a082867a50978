package com.certhall.invoicing.provider.sandbox;

import com.certhall.invoicing.domain.ChineseAmount;
import com.certhall.invoicing.provider.TaxPlatform.InvoiceRequest;
import com.certhall.invoicing.provider.TaxPlatform.Item;
import com.certhall.invoicing.provider.TaxPlatform.Party;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The invoice in the 数电 layout on a 241 × 140 mm page: QR code, title, number and date; buyer and seller; the
 * items with their tax classification code, rate and tax; totals, 价税合计 in capitals (大写) and figures; remark,
 * drawer, and the seller's invoice seal (发票专用章) over the lower right corner, as issued invoices carry it.
 */
final class EInvoiceLayout {

    static final float W = 683f;
    static final float H = 397f;
    private static final float LEFT = 24f;
    private static final float RIGHT = W - 24f;
    /** The seal's size: 40 × 30 mm in points. */
    private static final float SEAL_W = 40 * 72 / 25.4f;
    private static final float SEAL_H = 30 * 72 / 25.4f;
    private static final float ROW = 20f;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年MM月dd日")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final DateTimeFormatter QR_DATE = DateTimeFormatter.ofPattern("yyyyMMdd")
            .withZone(ZoneId.of("Asia/Shanghai"));
    /** Item columns: left edges (from LEFT) and titles. */
    private static final float[] COLS = {0, 190, 260, 300, 340, 420, 500, 550};
    private static final String[] HEADS = {"项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额"};

    private final InvoiceCanvas out;

    EInvoiceLayout(InvoiceCanvas out) {
        this.out = out;
    }

    void draw(EInvoiceFiles.Issued inv, byte[] seal) {
        InvoiceRequest r = inv.request();
        qr(qrContent(inv), LEFT, H - 84, 64);
        String title = inv.red() ? "电子发票（普通发票）（红字）" : "电子发票（普通发票）";
        out.text(title, (W - out.width(title, 18)) / 2, H - 46, 18);
        out.line((W - 200) / 2, H - 54, (W + 200) / 2, H - 54, 0.8f);
        out.text("发票号码：" + inv.number(), RIGHT - 190, H - 36, 9);
        out.text("开票日期：" + DATE.format(inv.issuedAt()), RIGHT - 190, H - 52, 9);
        float top = H - 96;
        out.box(LEFT, top - 64, RIGHT - LEFT, 64, 0.6f);
        out.line(W / 2, top, W / 2, top - 64, 0.6f);
        party("购买方信息", r.buyer(), LEFT, top);
        party("销售方信息", r.seller(), W / 2, top);
        float y = top - 64;
        float itemsHeight = 18 + ROW * Math.max(3, r.items().size()) + 14;
        out.box(LEFT, y - itemsHeight, RIGHT - LEFT, itemsHeight, 0.6f);
        for (int i = 0; i < HEADS.length; i++) {
            out.text(HEADS[i], LEFT + COLS[i] + 4, y - 13, 8.5f);
        }
        float row = y - 28;
        for (Item item : r.items()) {
            String[] cells = {item.name(), item.specification(), item.unit(), Integer.toString(item.quantity()),
                    EInvoiceFiles.unitPrice(item.amountFen(), item.quantity()), EInvoiceFiles.yuan(item.amountFen()),
                    item.taxRatePercent() + "%", EInvoiceFiles.yuan(item.taxFen())};
            for (int i = 0; i < cells.length; i++) {
                out.text(cells[i], LEFT + COLS[i] + 4, row, 8.5f);
            }
            out.text("税收分类编码：" + item.taxCode(), LEFT + 4, row - 8, 6.5f);
            row -= ROW;
        }
        float sums = y - itemsHeight + 5;
        out.text("合　　计", LEFT + 4, sums, 8.5f);
        out.text("¥" + EInvoiceFiles.yuan(r.amountFen()), LEFT + COLS[5] + 4, sums, 8.5f);
        out.text("¥" + EInvoiceFiles.yuan(r.taxFen()), LEFT + COLS[7] + 4, sums, 8.5f);
        y -= itemsHeight;
        out.box(LEFT, y - 22, RIGHT - LEFT, 22, 0.6f);
        out.text("价税合计（大写）", LEFT + 4, y - 15, 9);
        out.text(ChineseAmount.of(r.totalFen()), LEFT + 110, y - 15, 9);
        out.text("（小写）¥" + EInvoiceFiles.yuan(r.totalFen()), LEFT + 420, y - 15, 9);
        y -= 22;
        out.box(LEFT, y - 44, RIGHT - LEFT, 44, 0.6f);
        out.text("备注", LEFT + 4, y - 14, 9);
        out.text(r.remark(), LEFT + 40, y - 14, 8.5f);
        if (inv.red()) {
            out.text("被红冲蓝字数电发票号码：" + inv.blueNumber() + "　红字发票信息确认单编号：" + inv.formNumber(),
                    LEFT + 40, y - 30, 8.5f);
        }
        out.text("开票人：" + r.drawer(), LEFT + 4, y - 60, 9);
        float sealY = Math.max(4, y - 44 - SEAL_H / 2);
        out.text("销售方（发票专用章）", RIGHT - SEAL_W - 24 - out.width("销售方（发票专用章）", 8) - 6, sealY + 8, 8);
        // The seal is stamped last, over the remark's corner, as the ink lies over the printed form.
        out.image(seal, RIGHT - SEAL_W - 24, sealY, SEAL_W, SEAL_H);
    }

    private void party(String heading, Party p, float x, float top) {
        out.text(heading, x + 6, top - 14, 9);
        out.text("名称：" + p.name(), x + 6, top - 30, 9);
        out.text("统一社会信用代码/纳税人识别号：" + p.taxNumber(), x + 6, top - 46, 9);
    }

    /** Shaped like the 数电 QR text: version, kind, number, total in yuan, date. */
    static String qrContent(EInvoiceFiles.Issued inv) {
        return "01,32,," + inv.number() + "," + EInvoiceFiles.yuan(inv.request().totalFen()) + ","
                + QR_DATE.format(inv.issuedAt()) + ",,";
    }

    private void qr(String content, float x, float y, float size) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 1));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode the QR code", e);
        }
        float module = size / matrix.getWidth();
        List<float[]> squares = new ArrayList<>();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    squares.add(new float[] {x + col * module, y + size - (row + 1) * module, module});
                }
            }
        }
        out.squares(squares.toArray(float[][]::new));
    }
}
