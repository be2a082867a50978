package com.certhall.invoicing.provider.sandbox;

import com.certhall.invoicing.provider.TaxPlatform.InvoiceRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The files the sandbox platform hands out for an issued invoice: the PDF layout and the EInvoice XML. */
@Component
@Profile("sandbox")
class EInvoiceFiles {

    static final String FONT = "/fonts/NotoSansSC-Regular.ttf";

    private final byte[] font;
    private final byte[] signingKey;

    EInvoiceFiles(@org.springframework.beans.factory.annotation.Value(
            "${certhall.invoicing.sandbox.signing-key:sandbox-tax-bureau-key-5d21c0}") String signingKey) {
        try (InputStream in = EInvoiceFiles.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("font " + FONT + " is missing from the classpath");
            }
            this.font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FONT, e);
        }
        this.signingKey = signingKey.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** An issued invoice: what was asked, its number and time; a red one names the blue one and the form. */
    record Issued(InvoiceRequest request, String number, Instant issuedAt, boolean red, @Nullable String blueNumber,
            @Nullable String formNumber) {
    }

    byte[] pdf(Issued invoice) {
        return new EInvoicePdf(font).render(invoice);
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
