package com.certhall.invoicing.provider.sandbox;

/**
 * What the invoice layout draws on, in PDF points with the origin at the bottom left of a 241 × 140 mm page; the PDF
 * and the OFD (GB/T 33190-2016) files are two such canvases, so both show the same invoice.
 */
interface InvoiceCanvas {

    /** One line of text with its baseline at {@code y}. */
    void text(String value, float x, float y, float size);

    /** The advance width of {@code value} at {@code size}. */
    float width(String value, float size);

    void line(float x1, float y1, float x2, float y2, float lineWidth);

    void box(float x, float y, float w, float h, float lineWidth);

    /** Filled black squares (the QR code's modules), each {@code {x, y, side}}. */
    void squares(float[][] squares);

    /** A PNG with transparency drawn into the rectangle. */
    void image(byte[] png, float x, float y, float w, float h);
}
