package com.certhall.invoicing.provider.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.invoicing.OfdPackage;
import com.certhall.invoicing.PdfText;
import com.certhall.invoicing.provider.TaxPlatform.InvoiceRequest;
import com.certhall.invoicing.provider.TaxPlatform.Item;
import com.certhall.invoicing.provider.TaxPlatform.Party;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The sandbox platform's files: the EInvoice XML parses back to what was asked, the PDF reads as an invoice. */
class EInvoiceFilesTests {

    static final String NUMBER = "26112000000000012345";
    // 2026-12-05 10:00 in Beijing
    static final Instant ISSUED = Instant.parse("2026-12-05T02:00:00Z");

    /** Stands in for the seals module's drawing: a PNG whose bytes the files must carry unchanged. */
    static final byte[] SEAL = sealPng();

    final EInvoiceFiles files = new EInvoiceFiles("test-key-0123456789", (name, uscc) -> {
        assertThat(name).isEqualTo("CertHall 数字认证有限公司");
        assertThat(uscc).isEqualTo("91110108MA01CERT3X");
        return SEAL;
    });

    static InvoiceRequest request() {
        return new InvoiceRequest("serial-1", new Party("CertHall 数字认证有限公司", "91110108MA01CERT3X", "北京 010-1", "工行 1"),
                new Party("发票测试煤业有限公司", "91350100M000100Y43", "福州 0591-1", ""),
                List.of(new Item("*信息技术服务*单位数字证书", "3040201990000000000", "1年", "套", 1, 47170, 6, 2830),
                        new Item("*信息技术服务*UKEY", "3040201990000000000", "1年", "套", 2, 18868, 6, 1132)),
                47170 + 18868, 2830 + 1132, "订单号 CH202612050001", "系统");
    }

    @Test
    void xmlHasTheEInvoiceShapeAndParsesBackToTheRequest() throws Exception {
        byte[] xml = files.xml(new EInvoiceFiles.Issued(request(), NUMBER, ISSUED, false, null, null));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("EInvoice");
        assertThat(children(root)).containsExactly("Header", "EInvoiceData", "TaxSupervisionInfo",
                "TaxBureauSignature");
        assertThat(text(doc, "EIid")).isEqualTo("serial-1");
        assertThat(text(doc, "SellerName")).isEqualTo("CertHall 数字认证有限公司");
        assertThat(text(doc, "BuyerName")).isEqualTo("发票测试煤业有限公司");
        assertThat(text(doc, "BuyerIdNum")).isEqualTo("91350100M000100Y43");
        assertThat(text(doc, "TotalAmWithoutTax")).isEqualTo("660.38");
        assertThat(text(doc, "TotalTaxAm")).isEqualTo("39.62");
        assertThat(text(doc, "TotalTax-includedAmount")).isEqualTo("700.00");
        assertThat(text(doc, "TotalTax-includedAmountInChinese")).isEqualTo("柒佰圆整");
        NodeList items = doc.getElementsByTagName("IssuItemInformation");
        assertThat(items.getLength()).isEqualTo(2);
        Element second = (Element) items.item(1);
        assertThat(second.getElementsByTagName("TaxClassificationCode").item(0).getTextContent()).matches("\\d{19}");
        assertThat(second.getElementsByTagName("Quantity").item(0).getTextContent()).isEqualTo("2");
        assertThat(second.getElementsByTagName("UnPrice").item(0).getTextContent()).isEqualTo("94.34");
        assertThat(second.getElementsByTagName("TaxRate").item(0).getTextContent()).isEqualTo("0.06");
        assertThat(second.getElementsByTagName("ComTaxAm").item(0).getTextContent()).isEqualTo("11.32");
        assertThat(text(doc, "InvoiceNumber")).isEqualTo(NUMBER).hasSize(20);
        assertThat(text(doc, "IssueTime")).isEqualTo("2026-12-05 10:00:00");
        assertThat(text(doc, "SignatureValue")).isNotBlank();
    }

    @Test
    void aRedInvoiceNamesTheBlueOneAndTheConfirmation() throws Exception {
        byte[] xml = files.xml(new EInvoiceFiles.Issued(request(), NUMBER, ISSUED, true, "26112000000000000001",
                "26112000000000000002"));
        Document doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml));
        assertThat(text(doc, "OriginalInvoiceNumber")).isEqualTo("26112000000000000001");
        assertThat(text(doc, "RedConfirmationNumber")).isEqualTo("26112000000000000002");
        assertThat(((Element) doc.getElementsByTagName("InIssuType").item(0)).getElementsByTagName("LabelCode")
                .item(0).getTextContent()).isEqualTo("N");
    }

    @Test
    void pdfShowsNumberDateBuyerItemsTaxTotalAndCapitals() throws Exception {
        byte[] pdf = files.pdf(new EInvoiceFiles.Issued(request(), NUMBER, ISSUED, false, null, null));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/sandbox-invoice.pdf"), pdf);
        String text = PdfText.of(pdf);
        assertThat(text).contains("电子发票（普通发票）", "发票号码：" + NUMBER, "开票日期：2026年12月05日",
                "发票测试煤业有限公司", "91350100M000100Y43", "CertHall 数字认证有限公司",
                "*信息技术服务*单位数字证书", "6%", "28.30", "¥660.38", "¥39.62", "柒佰圆整", "¥700.00",
                "订单号 CH202612050001", "销售方（发票专用章）", "税收分类编码：3040201990000000000");
    }

    @Test
    void pdfCarriesTheSellersInvoiceSealAsAnImageOfFortyByThirtyMillimetres() throws Exception {
        byte[] pdf = files.pdf(new EInvoiceFiles.Issued(request(), NUMBER, ISSUED, false, null, null));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            List<PDImageXObject> images = new java.util.ArrayList<>();
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).hasSize(1);
            BufferedImage seal = images.get(0).getImage();
            assertThat(seal.getWidth()).isEqualTo(ImageIO.read(new ByteArrayInputStream(SEAL)).getWidth());
            assertThat(images.get(0).getSoftMask()).as("transparent outside the ink").isNotNull();
        }
    }

    @Test
    void ofdIsAPackageAfterGbt33190WithPageTextFontSealAndTheXmlAttached() throws Exception {
        EInvoiceFiles.Issued issued = new EInvoiceFiles.Issued(request(), NUMBER, ISSUED, false, null, null);
        byte[] ofd = files.ofd(issued);
        Files.write(Path.of("target/sandbox-invoice.ofd"), ofd);
        Map<String, byte[]> entries = OfdPackage.entries(ofd);
        Document root = OfdPackage.xml(entries, "OFD.xml");
        assertThat(root.getDocumentElement().getNamespaceURI()).isEqualTo(OfdPackage.NS);
        assertThat(root.getDocumentElement().getLocalName()).isEqualTo("OFD");
        assertThat(OfdPackage.texts(root, "CustomData")).contains(NUMBER, "700.00", "91350100M000100Y43");
        String docRoot = OfdPackage.texts(root, "DocRoot").get(0);
        Document document = OfdPackage.xml(entries, docRoot);
        String base = docRoot.substring(0, docRoot.lastIndexOf('/') + 1);
        assertThat(OfdPackage.texts(document, "PhysicalBox")).containsExactly("0 0 240.95 140.05");
        Document publicRes = OfdPackage.xml(entries, base + OfdPackage.texts(document, "PublicRes").get(0));
        Document documentRes = OfdPackage.xml(entries, base + OfdPackage.texts(document, "DocumentRes").get(0));
        byte[] font = entries.get(base + "Res/" + OfdPackage.texts(publicRes, "FontFile").get(0));
        byte[] seal = entries.get(base + "Res/" + OfdPackage.texts(documentRes, "MediaFile").get(0));
        assertThat(seal).isEqualTo(SEAL);
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            assertThat(ttf.getUnicodeCmapLookup().getGlyphId('煤')).as("a glyph the page uses").isPositive();
            assertThat(font.length).as("a subset, not the 10 MB font").isLessThan(1_000_000);
        }
        Element page = (Element) document.getElementsByTagNameNS(OfdPackage.NS, "Page").item(0);
        Document content = OfdPackage.xml(entries, base + page.getAttribute("BaseLoc"));
        assertThat(String.join("|", OfdPackage.texts(content, "TextCode"))).contains("发票号码：" + NUMBER,
                "发票测试煤业有限公司", "柒佰圆整", "¥700.00", "税收分类编码：3040201990000000000");
        assertThat(content.getElementsByTagNameNS(OfdPackage.NS, "ImageObject").getLength()).isEqualTo(1);
        int maxId = Integer.parseInt(OfdPackage.texts(document, "MaxUnitID").get(0));
        assertThat(OfdPackage.ids(entries)).allSatisfy(id -> assertThat(id).isLessThanOrEqualTo(maxId))
                .doesNotHaveDuplicates();
        Document attachments = OfdPackage.xml(entries, base + OfdPackage.texts(document, "Attachments").get(0));
        String attached = OfdPackage.texts(attachments, "FileLoc").get(0);
        assertThat(entries.get(base + "Attachs/" + attached)).isEqualTo(files.xml(issued));
    }

    private static byte[] sealPng() {
        BufferedImage image = new BufferedImage(472, 354, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.drawOval(4, 4, 464, 346);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> children(Element element) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < element.getChildNodes().getLength(); i++) {
            if (element.getChildNodes().item(i) instanceof Element child) {
                names.add(child.getTagName());
            }
        }
        return names;
    }

    private static String text(Document doc, String tag) {
        NodeList found = doc.getElementsByTagName(tag);
        assertThat(found.getLength()).as(tag).isEqualTo(1);
        return found.item(0).getTextContent();
    }
}
