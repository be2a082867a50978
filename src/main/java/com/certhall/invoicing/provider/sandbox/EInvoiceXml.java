package com.certhall.invoicing.provider.sandbox;

import com.certhall.invoicing.domain.ChineseAmount;
import com.certhall.invoicing.provider.TaxPlatform.InvoiceRequest;
import com.certhall.invoicing.provider.TaxPlatform.Item;
import com.certhall.shared.Hmac;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The invoice as XML shaped like the 数电 {@code EInvoice} file: {@code Header} (EIid, EInvoiceTag, Version,
 * InherentLabel), {@code EInvoiceData} (seller, buyer, basic information, one {@code IssuItemInformation} per item
 * with its 19-digit tax classification code, additional information), {@code TaxSupervisionInfo} (number, time, tax
 * bureau) and {@code TaxBureauSignature}. The element names follow public descriptions, not the official schema;
 * the sandbox "signature" is an HMAC-SHA256 over the invoice data under a sandbox key (docs/invoicing.md).
 */
final class EInvoiceXml {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final byte[] key;
    private Document doc;

    EInvoiceXml(byte[] key) {
        this.key = key;
    }

    byte[] render(EInvoiceFiles.Issued invoice) {
        try {
            doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        InvoiceRequest r = invoice.request();
        Element root = add(doc, "EInvoice");
        Element header = add(root, "Header");
        text(header, "EIid", r.serialNo());
        text(header, "EInvoiceTag", "SWEI3200");
        text(header, "Version", "0.1");
        Element label = add(header, "InherentLabel");
        label(label, "GeneralOrSpecialVAT", "02", "普通发票");
        label(label, "InIssuType", invoice.red() ? "N" : "Y", invoice.red() ? "红字发票" : "蓝字发票");
        Element data = add(root, "EInvoiceData");
        Element seller = add(data, "SellerInformation");
        text(seller, "SellerIdNum", r.seller().taxNumber());
        text(seller, "SellerName", r.seller().name());
        text(seller, "SellerAddr", r.seller().addressPhone());
        text(seller, "SellerBankName", r.seller().bankAccount());
        Element buyer = add(data, "BuyerInformation");
        text(buyer, "BuyerIdNum", r.buyer().taxNumber());
        text(buyer, "BuyerName", r.buyer().name());
        text(buyer, "BuyerAddr", r.buyer().addressPhone());
        text(buyer, "BuyerBankName", r.buyer().bankAccount());
        Element basic = add(data, "BasicInformation");
        text(basic, "TotalAmWithoutTax", EInvoiceFiles.yuan(r.amountFen()));
        text(basic, "TotalTaxAm", EInvoiceFiles.yuan(r.taxFen()));
        text(basic, "TotalTax-includedAmount", EInvoiceFiles.yuan(r.totalFen()));
        text(basic, "TotalTax-includedAmountInChinese", ChineseAmount.of(r.totalFen()));
        text(basic, "Drawer", r.drawer());
        text(basic, "RequestTime", TIME.format(invoice.issuedAt()));
        for (Item item : r.items()) {
            Element line = add(data, "IssuItemInformation");
            text(line, "ItemName", item.name());
            text(line, "SpecMod", item.specification());
            text(line, "MeaUnits", item.unit());
            text(line, "Quantity", Integer.toString(item.quantity()));
            text(line, "UnPrice", EInvoiceFiles.unitPrice(item.amountFen(), item.quantity()));
            text(line, "Amount", EInvoiceFiles.yuan(item.amountFen()));
            text(line, "TaxRate", "0." + String.format("%02d", item.taxRatePercent()));
            text(line, "ComTaxAm", EInvoiceFiles.yuan(item.taxFen()));
            text(line, "TotaltaxIncludedAmount", EInvoiceFiles.yuan(item.amountFen() + item.taxFen()));
            text(line, "TaxClassificationCode", item.taxCode());
        }
        Element extra = add(data, "AdditionalInformation");
        text(extra, "Remark", r.remark());
        if (invoice.red()) {
            text(extra, "OriginalInvoiceNumber", invoice.blueNumber());
            text(extra, "RedConfirmationNumber", invoice.formNumber());
        }
        Element supervision = add(root, "TaxSupervisionInfo");
        text(supervision, "InvoiceNumber", invoice.number());
        text(supervision, "IssueTime", TIME.format(invoice.issuedAt()));
        text(supervision, "TaxBureauCode", "11100000000");
        text(supervision, "TaxBureauName", "国家税务总局北京市税务局（沙箱）");
        Element signature = add(root, "TaxBureauSignature");
        signature.setAttribute("Algorithm", "HMAC-SHA256-SANDBOX");
        text(signature, "SignatureValue", sign(data.getTextContent() + invoice.number()));
        return serialise();
    }

    private void label(Element parent, String name, String code, String text) {
        Element e = add(parent, name);
        text(e, "LabelCode", code);
        text(e, "LabelName", text);
    }

    private Element add(org.w3c.dom.Node parent, String name) {
        Element e = doc.createElement(name);
        parent.appendChild(e);
        return e;
    }

    private void text(Element parent, String name, String value) {
        add(parent, name).setTextContent(value == null ? "" : value);
    }

    private String sign(String content) {
        return Base64.getEncoder().encodeToString(Hmac.sha256(key, content));
    }

    private byte[] serialise() {
        try {
            Transformer out = TransformerFactory.newDefaultInstance().newTransformer();
            out.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            out.setOutputProperty(OutputKeys.INDENT, "yes");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.transform(new DOMSource(doc), new StreamResult(bytes));
            return bytes.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the invoice XML", e);
        }
    }
}
