package com.certhall.invoicing.provider.sandbox;

import com.certhall.invoicing.provider.TaxPlatform.InvoiceRequest;
import com.certhall.seals.SealDrawing;
import com.certhall.shared.BundledFont;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The files the sandbox platform hands out for an issued invoice: the PDF and the OFD of one layout, both with the
 * seller's 发票专用章 (drawn by {@code seals} from the seller's name and taxpayer number), and the EInvoice XML.
 */
@Component
@Profile("sandbox")
class EInvoiceFiles {

    private final byte[] font;
    private final byte[] signingKey;
    private final BiFunction<String, String, byte[]> seals;
    private final Map<String, byte[]> sealBySeller = new ConcurrentHashMap<>();

    @Autowired
    EInvoiceFiles(@Value("${certhall.invoicing.sandbox.signing-key:sandbox-tax-bureau-key-5d21c0}") String signingKey,
            SealDrawing seals) {
        this(signingKey, seals::invoiceSeal);
    }

    /** With {@code seals} drawing the PNG of a seller's seal from its name and taxpayer number. */
    EInvoiceFiles(String signingKey, BiFunction<String, String, byte[]> seals) {
        this.seals = seals;
        this.font = BundledFont.bytes();
        this.signingKey = signingKey.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** An issued invoice: what was asked, its number and time; a red one names the blue one and the form. */
    record Issued(InvoiceRequest request, String number, Instant issuedAt, boolean red, @Nullable String blueNumber,
            @Nullable String formNumber) {
    }

    byte[] pdf(Issued invoice) {
        return new EInvoicePdf(font).render(invoice, seal(invoice));
    }

    byte[] ofd(Issued invoice) {
        return new EInvoiceOfd(font).render(invoice, seal(invoice), xml(invoice));
    }

    /** The seller's invoice seal, drawn once per seller name and taxpayer number. */
    private byte[] seal(Issued invoice) {
        var seller = invoice.request().seller();
        return sealBySeller.computeIfAbsent(seller.name() + "|" + seller.taxNumber(),
                k -> seals.apply(seller.name(), seller.taxNumber()));
    }

    byte[] xml(Issued invoice) {
        return new EInvoiceXml(signingKey).render(invoice);
    }

    /** Fen as yuan with two decimals ({@code -500.00}). */
    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** A unit price: amount ÷ quantity, at most eight decimals and at least two, as invoices print it. */
    static String unitPrice(long amountFen, int quantity) {
        if (quantity == 0) {
            return "";
        }
        BigDecimal price = BigDecimal.valueOf(amountFen, 2).divide(BigDecimal.valueOf(quantity), 8,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return price.scale() < 2 ? price.setScale(2).toPlainString() : price.toPlainString();
    }
}
